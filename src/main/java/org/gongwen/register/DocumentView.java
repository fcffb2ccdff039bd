package org.gongwen.register;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.Section;

/**
 * A tagged record as the commitment rules read it: its text, its reference year, entities by type and position.
 * {@link RecordKey} hashes exactly what this view takes from the record (the memo of tasks relies on it): a rule that
 * needs another field must take it here and add it there.
 */
final class DocumentView {
    final String text;
    final Integer refYear;
    final String refDate;
    private final List<Entity> entities;
    private final List<Section> sections;

    DocumentView(DocumentRecord record) {
        this.text = record.text();
        this.refDate = record.date();
        this.refYear = refDate == null || refDate.length() < 4 ? null : Integer.valueOf(refDate.substring(0, 4));
        this.entities = record.entities();
        this.sections = record.sections();
    }

    /** Entities of a type that start inside [start, end), in text order. */
    List<Entity> within(String type, int start, int end) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type().equals(type) && e.start() >= start && e.start() < end) {
                out.add(e);
            }
        }
        return out;
    }

    /** The id of the deepest section holding the offset, or null when the record has no sections. */
    String sectionAt(int offset) {
        return deepest(sections, offset, null);
    }

    private static String deepest(List<Section> sections, int offset, String found) {
        for (Section s : sections) {
            if (offset >= s.start() && offset < s.end()) {
                return deepest(s.children(), offset, s.id());
            }
        }
        return found;
    }

    /** The year (first four digits) of an entity's value, or null. */
    static Integer yearOf(Entity e) {
        if (e.value() == null) {
            return null;
        }
        String v = e.value() instanceof org.gongwen.model.EntityValue.Text t ? t.value() : "";
        return v.length() >= 4 && v.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(v.substring(0, 4)) : null;
    }

    static String textValue(Entity e) {
        return e.value() instanceof org.gongwen.model.EntityValue.Text t ? t.value() : null;
    }

    static java.math.BigDecimal numberValue(Entity e) {
        return e.value() instanceof org.gongwen.model.EntityValue.Number n ? n.value() : null;
    }
}
