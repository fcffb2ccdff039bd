package org.gongwen.model;

import java.util.List;
import java.util.Objects;

/**
 * One 附件: its number and name as listed in the 附件说明, and its content when the document carries it.
 *
 * @param number   1-based number ("附件：1．…")
 * @param title    the attachment's name
 * @param sections its body as a heading tree (empty when only listed)
 * @param start    start in the record's text of the attachment body, or of its listing when there is no body
 * @param end      end of that span
 */
public record Attachment(int number, String title, List<Section> sections, int start, int end) {
    public Attachment {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }
}
