package org.gongwen.model;

import java.util.Objects;

/** One paragraph of 正文: its text and its span in the record's text. */
public record Paragraph(String text, int start, int end) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
