package org.gongwen.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Non-negative integers as printable characters, five bits per character with a continuation bit, so postings fit in
 * plain JavaScript strings (no escaping, no binary fetch from {@code file://}). Decoded by {@code search.js}.
 */
final class Varint {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Varint() {
    }

    static void append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int v = value;
        while (v >= 32) {
            out.append(ALPHABET.charAt(32 | (v & 31)));
            v >>>= 5;
        }
        out.append(ALPHABET.charAt(v));
    }

    /** How many characters {@link #append} writes for {@code value}. */
    static int length(int value) {
        int n = 1;
        for (int v = value >>> 5; v != 0; v >>>= 5) {
            n++;
        }
        return n;
    }

    /** Writes {@code value} into {@code out} at {@code at} as ASCII bytes; returns the position after it. */
    static int put(byte[] out, int at, int value) {
        int v = value;
        int i = at;
        while (v >= 32) {
            out[i++] = (byte) ALPHABET.charAt(32 | (v & 31));
            v >>>= 5;
        }
        out[i++] = (byte) ALPHABET.charAt(v);
        return i;
    }

    static List<Integer> decode(String s) {
        List<Integer> values = new ArrayList<>();
        int value = 0;
        int shift = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = ALPHABET.indexOf(s.charAt(i));
            value |= (digit & 31) << shift;
            if ((digit & 32) == 0) {
                values.add(value);
                value = 0;
                shift = 0;
            } else {
                shift += 5;
            }
        }
        return values;
    }
}
