package org.gongwen.search;

import java.util.Arrays;

/**
 * Dense ids for packed-character term codes (open addressing over an int array): a HashMap of boxed keys cost more
 * than the rest of merging, and the hashes of CJK character pairs collide badly unless mixed.
 */
final class CodeIds {
    private int[] keys = new int[1 << 16];
    private int[] ids = new int[1 << 16];
    private int[] codes = new int[1 << 12];
    private int size;

    CodeIds() {
        Arrays.fill(ids, -1);
    }

    /** The id of {@code code}, a new one (the next integer) when it is new. */
    int idOf(int code) {
        int mask = keys.length - 1;
        int slot = mix(code) & mask;
        while (ids[slot] >= 0) {
            if (keys[slot] == code) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = code;
        ids[slot] = size;
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
        }
        codes[size] = code;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    int size() {
        return size;
    }

    /** The codes by id. */
    int[] codes() {
        return Arrays.copyOf(codes, size);
    }

    private void grow() {
        keys = new int[keys.length * 2];
        ids = new int[ids.length * 2];
        Arrays.fill(ids, -1);
        int mask = keys.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(codes[id]) & mask;
            while (ids[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = codes[id];
            ids[slot] = id;
        }
    }

    private static int mix(int code) {
        return (code * 0x9E3779B9) ^ (code * 0x9E3779B9 >>> 16);
    }
}
