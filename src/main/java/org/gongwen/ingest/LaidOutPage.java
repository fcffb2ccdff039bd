package org.gongwen.ingest;

import java.util.List;

/**
 * One page of a layout format (PDF, OFD) as lines with positions, top to bottom. Coordinates grow right and down
 * from the page's top-left corner, in the format's own unit.
 *
 * @param number 1-based page number
 * @param width  page width
 * @param height page height
 * @param lines  the lines in reading order
 */
record LaidOutPage(int number, double width, double height, List<Line> lines) {
    LaidOutPage {
        lines = List.copyOf(lines);
    }

    LaidOutPage withLines(List<Line> kept) {
        return new LaidOutPage(number, width, height, kept);
    }

    /**
     * One line of text.
     *
     * @param text     the characters, words separated by single spaces
     * @param x        left edge of the first glyph
     * @param right    right edge of the last glyph
     * @param y        baseline (or top) of the line, measured from the page top
     * @param charSize the size of one full-width character (the font size), for indents and gaps
     */
    record Line(String text, double x, double right, double y, double charSize) {
    }
}
