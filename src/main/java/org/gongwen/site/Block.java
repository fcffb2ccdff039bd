package org.gongwen.site;

/**
 * One block of a document body as the site shows it: a heading (level 2–6) or a paragraph, with its span in the
 * record's text ({@code start = -1} when the block is not a verbatim piece of it, e.g. a part's date line).
 */
record Block(boolean heading, int level, String anchor, String text, int start, int end) {
    static Block heading(int level, String anchor, String text, int start, int end) {
        return new Block(true, Math.max(2, Math.min(6, level)), anchor, text, start, end);
    }

    static Block paragraph(String text, int start, int end) {
        return new Block(false, 0, null, text, start, end);
    }

    boolean hasSpan() {
        return start >= 0;
    }
}
