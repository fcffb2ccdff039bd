package org.gongwen.search;

import java.nio.charset.StandardCharsets;
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
        size = Varint.put(bytes, size, value);
    }

    void append(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    void append(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    /**
     * {@code s} in UTF-8, encoded here when it holds no surrogate (the common case, without a String per call), else
     * by String's encoder, which writes a lone surrogate as {@code ?}.
     */
    void utf8(CharSequence s) {
        ensure(3 * s.length());
        int start = size;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xc0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                bytes[size++] = (byte) (0xe0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[size++] = (byte) (0x80 | c & 0x3f);
            } else {
                size = start;
                byte[] encoded = s.toString().getBytes(StandardCharsets.UTF_8);
                append(encoded, 0, encoded.length);
                return;
            }
        }
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
