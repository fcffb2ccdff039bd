package org.gongwen.register;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
import org.gongwen.model.Section;

/**
 * The SHA-256 of everything {@link DocumentView} takes from a record (text, date, entities, section tree), which is all
 * the per-document rules read; the caller's tool version covers the rules themselves. Hashing these fields directly is
 * much cheaper than serialising the whole record. Every value is length-prefixed, so two different records never feed
 * the same bytes.
 */
final class RecordKey {
    private final MessageDigest digest;
    private final ByteBuffer number = ByteBuffer.allocate(Integer.BYTES);

    private RecordKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String of(DocumentRecord record) {
        RecordKey key = new RecordKey();
        key.string(record.text());
        key.string(record.date());
        key.integer(record.entities().size());
        for (Entity e : record.entities()) {
            key.entity(e);
        }
        key.sections(record.sections());
        return HexFormat.of().formatHex(key.digest.digest());
    }

    private void entity(Entity e) {
        string(e.type());
        string(e.text());
        integer(e.start());
        integer(e.end());
        string(e.value() instanceof EntityValue.Number n ? "n" + n.value().toString()
                : e.value() instanceof EntityValue.Text t ? "t" + t.value() : null);
        decimal(e.valueMax());
        string(e.unit());
        string(e.comparator());
        integer(e.flags().size());
        e.flags().forEach(this::string);
        string(e.recurrence());
    }

    private void sections(List<Section> sections) {
        integer(sections.size());
        for (Section s : sections) {
            string(s.id());
            integer(s.start());
            integer(s.end());
            sections(s.children());
        }
    }

    private void decimal(BigDecimal d) {
        string(d == null ? null : d.toString());
    }

    private void string(String s) {
        if (s == null) {
            integer(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        integer(bytes.length);
        digest.update(bytes);
    }

    private void integer(int i) {
        digest.update(number.clear().putInt(i).array());
    }
}
