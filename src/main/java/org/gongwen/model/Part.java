package org.gongwen.model;

import java.util.List;
import java.util.Objects;

/**
 * A document embedded in another: the speech or regulation a 印发/转发/批转 … 的通知 issues or forwards.
 *
 * @param title    the embedded document's title
 * @param docType  its 文种 (讲话, 办法, 意见 …), null when unknown
 * @param date     its own date, ISO YYYY-MM-DD, null when none
 * @param author   the speaker or author (for speeches), null when none
 * @param sections its heading tree
 * @param start    start in the record's text
 * @param end      end in the record's text
 */
public record Part(String title, String docType, String date, String author, List<Section> sections,
                   int start, int end) {
    public Part {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }
}
