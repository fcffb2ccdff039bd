package org.gongwen.search;

import java.util.Arrays;

/** A growable byte array for {@link Varint}-encoded postings: one array per document and kind, not one per term. */
final class ByteBuilder {
    private byte[] bytes = new byte[256];
    private int size;

    int size() {
        return size;
    }

    /** {@code value} as {@link Varint} characters, one byte each (the alphabet is ASCII). */
    void varint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        ensure(7);
        int v = value;
        while (v >= 32) {
            bytes[size++] = (byte) Varint.ALPHABET.charAt(32 | (v & 31));
            v >>>= 5;
        }
        bytes[size++] = (byte) Varint.ALPHABET.charAt(v);
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
