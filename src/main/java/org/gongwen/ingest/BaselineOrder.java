package org.gongwen.ingest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Sorts a page's glyphs into reading order: lines by baseline from the top, glyphs by x within a line. Glyphs whose
 * baselines lie within 40% of the font size of a line's first baseline belong to that line, so sub- and
 * superscripts stay with their line while a title line 28.9 pt below does not. O(n log n) and transitive.
 */
final class BaselineOrder {
    private static final double SAME_LINE = 0.4;

    private BaselineOrder() {
    }

    static void sort(List<TextPosition> glyphs) {
        TextPosition[] byY = glyphs.toArray(new TextPosition[0]);
        Arrays.sort(byY, Comparator.comparingDouble(TextPosition::getYDirAdj));
        Placed[] placed = new Placed[byY.length];
        int line = 0;
        TextPosition lineStart = null;
        for (int i = 0; i < byY.length; i++) {
            if (lineStart == null || otherLine(lineStart, byY[i])) {
                line++;
                lineStart = byY[i];
            }
            placed[i] = new Placed(line, byY[i].getXDirAdj(), byY[i]);
        }
        Arrays.sort(placed, Comparator.comparingInt(Placed::line).thenComparingDouble(Placed::x));
        for (int i = 0; i < placed.length; i++) {
            glyphs.set(i, placed[i].glyph());
        }
    }

    /** True when {@code glyph} sits on another baseline than {@code lineStart}. */
    static boolean otherLine(TextPosition lineStart, TextPosition glyph) {
        double size = Math.max(Math.max(lineStart.getFontSizeInPt(), glyph.getFontSizeInPt()), 1);
        return Math.abs(glyph.getYDirAdj() - lineStart.getYDirAdj()) > SAME_LINE * size;
    }

    private record Placed(int line, double x, TextPosition glyph) {
    }
}
