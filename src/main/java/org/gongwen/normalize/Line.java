package org.gongwen.normalize;

/**
 * One non-blank physical line after cleaning.
 *
 * @param text       the cleaned text with its source offsets
 * @param breakBefore true when a blank line or a page break separates it from the previous line
 * @param width      display width in half-em units (Han = 2, ASCII = 1), the leading indent included: a paragraph's
 *                   indented first line fills the layout's width as its other lines do
 * @param indented   the raw line started with a first-line indent (an ideographic space or two spaces)
 */
record Line(TextBuilder text, boolean breakBefore, int width, boolean indented) {
    /** A cleaned line whose raw form started with {@code indent} half-ems of spaces. */
    static Line of(TextBuilder text, boolean breakBefore, int indent) {
        int width = indent;
        for (int i = 0; i < text.length(); i++) {
            width += Chars.halfWidths(text.charAt(i));
        }
        return new Line(text, breakBefore, width, indent >= 2);
    }

    /** The display width of the spaces {@code source[start, end)} starts with (ideographic space 2, others 1). */
    static int indentAt(String source, int start, int end) {
        int width = 0;
        for (int i = start; i < end && Chars.isSpace(source.charAt(i)); i++) {
            width += source.charAt(i) == '\u3000' ? 2 : 1;
        }
        return width;
    }

    String string() {
        return text.toString();
    }
}
