package org.gongwen.normalize;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the width at which a layout (PDF, OCR) wrapped its body lines: born-digital 公文 wrap at 28 Han characters, so
 * most lines followed directly by another line share one width. Text that keeps one paragraph per line has no such
 * width (returns -1), and the joiner then only trusts punctuation.
 */
final class WrapWidth {
    private static final int MIN_LINES = 5;

    private WrapWidth() {
    }

    static int of(List<Line> lines) {
        int[] widths = new int[lines.size()];
        int n = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i + 1).breakBefore() && lines.get(i).width() >= 20) {
                widths[n++] = lines.get(i).width();
            }
        }
        if (n < MIN_LINES) {
            return -1;
        }
        Arrays.sort(widths, 0, n);
        int upper = widths[(int) (n * 0.75)];
        int near = 0;
        for (int i = 0; i < n; i++) {
            if (widths[i] >= upper - 3 && widths[i] <= upper + 2) {
                near++;
            }
        }
        return near * 10 >= n * 4 ? upper : -1;
    }
}
