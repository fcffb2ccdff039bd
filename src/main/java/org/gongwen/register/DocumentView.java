package org.gongwen.register;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
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
    private final Map<String, List<Entity>> byType = new HashMap<>();
    /** Start offsets per type, for types whose entities are in start order (all, as the taggers emit them). */
    private final Map<String, int[]> sortedStarts = new HashMap<>();
    private final List<Section> sections;

    DocumentView(DocumentRecord record) {
        this.text = record.text();
        this.refDate = record.date();
        this.refYear = refDate == null || refDate.length() < 4 ? null : Integer.valueOf(refDate.substring(0, 4));
        for (Entity e : record.entities()) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        }
        byType.forEach((type, list) -> {
            int[] starts = list.stream().mapToInt(Entity::start).toArray();
            if (isSorted(starts)) {
                sortedStarts.put(type, starts);
            }
        });
        this.sections = record.sections();
    }

    /** Entities of a type that start inside [start, end), in text order. */
    List<Entity> within(String type, int start, int end) {
        List<Entity> ofType = byType.getOrDefault(type, List.of());
        int[] starts = sortedStarts.get(type);
        List<Entity> out = new ArrayList<>();
        if (starts == null) {
            for (Entity e : ofType) {
                if (e.start() >= start && e.start() < end) {
                    out.add(e);
                }
            }
            return out;
        }
        // every sentence asks for its entities: a scan of the whole list per sentence made long records quadratic
        for (int i = firstAtOrAfter(starts, start); i < starts.length && starts[i] < end; i++) {
            out.add(ofType.get(i));
        }
        return out;
    }

    private static int firstAtOrAfter(int[] sorted, int offset) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isSorted(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i] < a[i - 1]) {
                return false;
            }
        }
        return true;
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
        String v = textValue(e);
        return v != null && v.length() >= 4 && v.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(v.substring(0, 4)) : null;
    }

    static String textValue(Entity e) {
        return e.value() instanceof EntityValue.Text t ? t.value() : null;
    }

    static BigDecimal numberValue(Entity e) {
        return e.value() instanceof EntityValue.Number n ? n.value() : null;
    }
}
