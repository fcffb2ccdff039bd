package org.gongwen.register;

import java.util.List;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
import org.gongwen.model.Section;
import org.gongwen.publish.FieldDigest;

/**
 * The SHA-256 of everything {@link DocumentView} takes from a record (text, date, entities, the section tree's ids
 * and spans), which is all the per-document rules read; the caller's tool version covers the rules themselves.
 * Hashing these fields directly ({@link FieldDigest}) is much cheaper than serialising the whole record.
 */
final class RecordKey {
    private final FieldDigest digest = new FieldDigest("register record");

    private RecordKey() {
    }

    static String of(DocumentRecord record) {
        RecordKey key = new RecordKey();
        key.digest.add(record.text()).add(record.date()).add(record.entities().size());
        for (Entity e : record.entities()) {
            key.entity(e);
        }
        key.sections(record.sections());
        return key.digest.hex();
    }

    private void entity(Entity e) {
        digest.add(e.type()).add(e.text()).add(e.start()).add(e.end());
        digest.add(e.value() instanceof EntityValue.Number n ? "n" + n.value().toString()
                : e.value() instanceof EntityValue.Text t ? "t" + t.value() : null);
        digest.add(e.valueMax() == null ? null : e.valueMax().toString());
        digest.add(e.unit()).add(e.comparator()).add(e.flags().size());
        e.flags().forEach(digest::add);
        digest.add(e.recurrence());
    }

    private void sections(List<Section> sections) {
        digest.add(sections.size());
        for (Section s : sections) {
            digest.add(s.id()).add(s.start()).add(s.end());
            sections(s.children());
        }
    }
}
