package org.gongwen.model;

import java.util.Arrays;

/** Maps each char of a derived text to its offset in the text it was derived from (immutable). */
public final class OffsetMap {
    private final int[] sourceOffsets;

    private OffsetMap(int[] sourceOffsets) {
        this.sourceOffsets = sourceOffsets;
    }

    /** A map from the given offsets, copied. */
    public static OffsetMap of(int[] sourceOffsets) {
        return new OffsetMap(sourceOffsets.clone());
    }

    /** The identity map for a text of the given length. */
    public static OffsetMap identity(int length) {
        int[] offsets = new int[length];
        for (int i = 0; i < length; i++) {
            offsets[i] = i;
        }
        return new OffsetMap(offsets);
    }

    public int length() {
        return sourceOffsets.length;
    }

    /** The source offset of char {@code index}; {@code index == length()} maps just past the last char. */
    public int sourceOffset(int index) {
        if (index == sourceOffsets.length) {
            return sourceOffsets.length == 0 ? 0 : sourceOffsets[sourceOffsets.length - 1] + 1;
        }
        return sourceOffsets[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap other && Arrays.equals(sourceOffsets, other.sourceOffsets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sourceOffsets);
    }
}
