package org.gongwen.curate;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.Commitment;
import org.gongwen.model.Correction;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;

/**
 * Applies an archivist's {@link Fix} to the record extraction gave: a pure function, so the uncorrected record can be
 * cached and a correction is applied afresh by every build (it is never baked into the cache, and survives its loss).
 *
 * <p>A correction whose {@code was} no longer equals what extraction gives is still applied — the archivist checked
 * the value against the document, and the document has not changed — but it is marked {@code stale} so that
 * {@code gongwen check} lists it for review. A drop whose target is no longer extracted drops nothing and is marked
 * {@code missing}. Example: fixing 银发〔2014〕188号 → 银发〔2014〕168号 after an OCR upgrade that already reads 168
 * gives status {@code redundant}: the sidecar entry can go.
 */
public final class Corrector {

    /** The corrected record: fields overridden, false entities and commitments dropped, {@code corrections} filled. */
    public DocumentRecord apply(DocumentRecord extracted, Fix fix) {
        if (fix == null || fix.isEmpty() && fix.sha256() == null) {
            return extracted;
        }
        DocumentRecord.Builder builder = extracted.toBuilder();
        List<Correction> corrections = new ArrayList<>();
        if (fix.sha256() != null && !fix.sha256().equals(extracted.source().sha256())) {
            corrections.add(new Correction("source", extracted.source().sha256(), fix.sha256(), Correction.STALE,
                    "the fix was written for other bytes of " + fix.source() + " (SHA-256 " + shortHash(fix.sha256())
                            + "…); check every correction against the current file"));
        }
        for (Fix.FieldFix f : fix.fields()) {
            corrections.add(applyField(extracted, builder, f));
        }
        builder.entities(dropEntities(extracted.entities(), fix.entityDrops(), corrections));
        builder.commitments(dropCommitments(extracted.commitments(), fix.commitmentDrops(), corrections));
        return builder.corrections(corrections).build();
    }

    /** Applies {@code fix} when there is one, else returns the record unchanged. */
    public DocumentRecord applyIfAny(DocumentRecord extracted, java.util.Optional<Fix> fix) {
        return fix.map(f -> apply(extracted, f)).orElse(extracted);
    }

    private static Correction applyField(DocumentRecord record, DocumentRecord.Builder builder, Fix.FieldFix f) {
        Field field;
        try {
            field = Field.named(f.field());
        } catch (FixException e) {
            return new Correction(f.field(), null, Field.display(f.value()), Correction.MISSING, e.getMessage());
        }
        List<String> current = field.get(record);
        field.set(builder, f.value());
        String now = Field.display(current);
        String corrected = Field.display(f.value());
        if (current.equals(f.value())) {
            return new Correction(f.field(), now, corrected, Correction.REDUNDANT,
                    "extraction now gives " + quote(corrected) + " itself; the correction can be removed");
        }
        if (f.was() != null && !f.was().equals(current)) {
            return new Correction(f.field(), now, corrected, Correction.STALE, "extraction gave "
                    + quote(Field.display(f.was())) + " when the fix was written and gives " + quote(now)
                    + " now; the correction " + quote(corrected) + " is still applied: check it");
        }
        return new Correction(f.field(), now, corrected, Correction.APPLIED, null);
    }

    private static List<Entity> dropEntities(List<Entity> entities, List<Fix.EntityDrop> drops,
                                             List<Correction> corrections) {
        List<Entity> kept = new ArrayList<>(entities);
        for (Fix.EntityDrop drop : drops) {
            List<Entity> hits = kept.stream().filter(e -> matches(drop, e)).toList();
            if (hits.isEmpty()) {
                corrections.add(new Correction("entity", null, null, Correction.MISSING,
                        "no entity " + drop.describe() + " is extracted any more; nothing was dropped"));
                continue;
            }
            kept.removeAll(hits);
            for (Entity hit : hits) {
                corrections.add(new Correction("entity", hit.type() + ":" + hit.text() + "@" + hit.start(), null,
                        Correction.APPLIED, null));
            }
        }
        return kept;
    }

    private static boolean matches(Fix.EntityDrop drop, Entity e) {
        return drop.text().equals(e.text()) && (drop.type() == null || drop.type().equals(e.type()))
                && (drop.start() == null || drop.start() == e.start());
    }

    private static List<Commitment> dropCommitments(List<Commitment> commitments, List<Fix.CommitmentDrop> drops,
                                                    List<Correction> corrections) {
        List<Commitment> kept = new ArrayList<>(commitments);
        for (Fix.CommitmentDrop drop : drops) {
            Commitment hit = find(commitments, drop);
            if (hit == null || !kept.contains(hit)) {
                corrections.add(new Correction("commitment", null, null, Correction.MISSING,
                        "no commitment " + quote(drop.describe()) + " is extracted any more; nothing was dropped"));
                continue;
            }
            kept.remove(hit);
            boolean moved = drop.text() != null && drop.index() != null
                    && (drop.index() > commitments.size() || commitments.get(drop.index() - 1) != hit);
            corrections.add(new Correction("commitment", hit.text(), null, moved ? Correction.STALE
                    : Correction.APPLIED, moved ? "the commitment is no longer number " + drop.index()
                    + "; it was dropped by its text" : null));
        }
        return kept;
    }

    private static Commitment find(List<Commitment> commitments, Fix.CommitmentDrop drop) {
        if (drop.text() == null) {
            int i = drop.index() - 1;
            return i >= 0 && i < commitments.size() ? commitments.get(i) : null;
        }
        if (drop.index() != null && drop.index() >= 1 && drop.index() <= commitments.size()
                && commitments.get(drop.index() - 1).text().equals(drop.text())) {
            return commitments.get(drop.index() - 1);
        }
        return commitments.stream().filter(c -> c.text().equals(drop.text())).findFirst().orElse(null);
    }

    private static String quote(String value) {
        return value == null ? "nothing" : "\"" + value + "\"";
    }

    private static String shortHash(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}
