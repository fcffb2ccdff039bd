package org.gongwen.tag;

import java.util.List;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;

/** The tag stage's entry point: finds entities in a record's text. (Skeleton.) */
public final class Tagging {
    /** Tags a text; relative dates resolve against {@code referenceDate} (ISO, may be null). */
    public List<Entity> tag(String text, String referenceDate) {
        return List.of();
    }

    /** The record with its entities. */
    public DocumentRecord tag(DocumentRecord record) {
        return record.withEntities(tag(record.text(), record.date()));
    }
}
