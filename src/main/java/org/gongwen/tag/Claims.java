package org.gongwen.tag;

import java.util.BitSet;

/**
 * The characters already explained by an earlier pass. Passes run in a fixed order (document numbers and titles, then
 * dates, then figures, then names) so that the digits of 〔2022〕16号 are never read again as a year or a figure.
 */
final class Claims {
    private final BitSet taken = new BitSet();

    boolean isFree(int start, int end) {
        int next = taken.nextSetBit(start);
        return next < 0 || next >= end;
    }

    boolean isTaken(int index) {
        return taken.get(index);
    }

    void claim(int start, int end) {
        taken.set(start, end);
    }
}
