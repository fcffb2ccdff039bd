package org.gongwen.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Non-negative integers as printable characters, five bits per character with a continuation bit, so postings fit in
 * plain JavaScript strings (no escaping, no binary fetch from {@code file://}). Decoded by {@code search.js}.
 */
final class Varint {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Characters of the largest int: 31 bits, five a character. */
    static final int MAX_LENGTH = 7;

    private Varint() {
    }

    /** Appends {@code value}'s characters to {@code out}. */
    static void append(StringBuilder out, int value) {
        byte[] digits = new byte[MAX_LENGTH];
        int end = put(digits, 0, value);
        for (int i = 0; i < end; i++) {
            out.append((char) digits[i]);
        }
    }

    /** How many characters {@link #append} writes for {@code value}. */
    static int length(int value) {
        int n = 1;
        for (int v = value >>> 5; v != 0; v >>>= 5) {
            n++;
        }
        return n;
    }

    /**
     * Writes {@code value} into {@code out} at {@code at} as ASCII bytes (at most {@link #MAX_LENGTH}); returns the
     * position after it.
     */
    static int put(byte[] out, int at, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
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
