package org.gongwen.normalize;

import java.util.Arrays;
import org.gongwen.model.OffsetMap;

/** A growing text with, for each char, its offset in the source text (the basis of the exact offset map). */
final class TextBuilder {
    private final StringBuilder text;
    private int[] origin;

    TextBuilder(int capacity) {
        text = new StringBuilder(capacity);
        origin = new int[Math.max(16, capacity)];
    }

    void append(char c, int sourceOffset) {
        if (text.length() == origin.length) {
            origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[text.length()] = sourceOffset;
        text.append(c);
    }

    void append(TextBuilder other) {
        for (int i = 0; i < other.length(); i++) {
            append(other.charAt(i), other.origin[i]);
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    char last() {
        return text.charAt(text.length() - 1);
    }

    int originAt(int i) {
        return origin[i];
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    OffsetMap offsets() {
        return OffsetMap.of(Arrays.copyOf(origin, text.length()));
    }
}
