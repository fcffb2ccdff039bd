package org.gongwen.register;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
import org.gongwen.model.Section;

/**
 * The SHA-256 of everything {@link DocumentView} takes from a record (text, date, entities, the section tree's ids
 * and spans), which is all the per-document rules read; the caller's tool version covers the rules themselves.
 * Hashing these fields directly is much cheaper than serialising the whole record. Every value is length-prefixed, so
 * two different records never feed the same bytes.
 */
final class RecordKey {
    private final MessageDigest digest;
    private final byte[] chunk = new byte[16384];
    private int n;

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
        key.flush();
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

    /** UTF-16 code units, length first: cheaper than encoding the (mostly Chinese) text to UTF-8. */
    private void string(String s) {
        if (s == null) {
            integer(-1);
            return;
        }
        integer(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (n + 2 > chunk.length) {
                flush();
            }
            char c = s.charAt(i);
            chunk[n++] = (byte) (c >>> 8);
            chunk[n++] = (byte) c;
        }
    }

    private void integer(int i) {
        if (n + 4 > chunk.length) {
            flush();
        }
        chunk[n++] = (byte) (i >>> 24);
        chunk[n++] = (byte) (i >>> 16);
        chunk[n++] = (byte) (i >>> 8);
        chunk[n++] = (byte) i;
    }

    /** Bytes go to the digest a chunk at a time: one update per small field cost more than the hashing. */
    private void flush() {
        digest.update(chunk, 0, n);
        n = 0;
    }
}
