package org.gongwen.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * One line (= one paragraph) of the normalised text with its span in the record's text.
 *
 * @param text  the line's text
 * @param start start offset in the record's text
 * @param end   end offset (exclusive)
 */
record TextLine(String text, int start, int end) {
    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    lines.add(new TextLine(text.substring(start, i), start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** The text without any white space (for comparisons with printed forms such as "加 急"). */
    String squashed() {
        return text.replaceAll("\\s+", "");
    }
}
