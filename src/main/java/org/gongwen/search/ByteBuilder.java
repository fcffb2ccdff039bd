package org.gongwen.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array: {@link Varint}-encoded postings (one array per document and kind, not one per term) and the
 * shard scripts.
 */
final class ByteBuilder {
    private byte[] bytes = new byte[256];
    private int size;

    int size() {
        return size;
    }

    /** {@code value} as {@link Varint} characters, one byte each (the alphabet is ASCII). */
    void varint(int value) {
        ensure(Varint.MAX_LENGTH);
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

    /** {@code s} in UTF-8, as String's encoder writes it (a lone surrogate as {@code ?}). */
    void utf8(CharSequence s) {
        byte[] encoded = s.toString().getBytes(StandardCharsets.UTF_8);
        append(encoded, 0, encoded.length);
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
