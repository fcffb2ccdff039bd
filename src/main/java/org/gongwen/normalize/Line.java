package org.gongwen.normalize;

/**
 * One non-blank physical line after cleaning.
 *
 * @param text       the cleaned text with its source offsets
 * @param breakBefore true when a blank line or a page break separates it from the previous line
 * @param width      display width in half-em units (Han = 2, ASCII = 1)
 */
record Line(TextBuilder text, boolean breakBefore, int width) {
    static Line of(TextBuilder text, boolean breakBefore) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += Chars.halfWidths(text.charAt(i));
        }
        return new Line(text, breakBefore, width);
    }

    String string() {
        return text.toString();
    }
}
