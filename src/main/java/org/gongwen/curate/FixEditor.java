package org.gongwen.curate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.Commitment;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;

/**
 * Adds the corrections an archivist types ({@code gongwen fix FILE --set docNumber=银发〔2014〕168号
 * --drop-entity figure:2014年@35 --drop-commitment 3}) to a source's {@link Fix}, validating every field and value and
 * recording what extraction gives now as {@code was}.
 */
public final class FixEditor {
    private static final Set<String> ENTITY_TYPES = Set.of("figure", "date", "period", "deadline", "docnumber",
            "citation", "org", "person", "place");
    private static final Pattern ENTITY = Pattern.compile("^(?:([a-z]+):)?(.+?)(?:@(\\d+))?$");

    private final DocumentRecord extracted;
    private final Map<String, Fix.FieldFix> fields = new LinkedHashMap<>();
    private final List<Fix.EntityDrop> entityDrops = new ArrayList<>();
    private final List<Fix.CommitmentDrop> commitmentDrops = new ArrayList<>();
    private final String source;

    /**
     * Starts from the existing corrections of a source.
     *
     * @param existing  the source's current fix, null when it has none
     * @param extracted the uncorrected record extraction gives now
     */
    public FixEditor(Fix existing, DocumentRecord extracted) {
        this.extracted = extracted;
        this.source = existing != null ? existing.source() : extracted.source().fileName();
        if (existing != null) {
            existing.fields().forEach(f -> fields.put(f.field(), f));
            entityDrops.addAll(existing.entityDrops());
            commitmentDrops.addAll(existing.commitmentDrops());
        }
    }

    /** {@code field=value}: overrides a field (an empty value clears it). */
    public FixEditor set(String assignment) throws FixException {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new FixException("--set " + assignment + ": expected FIELD=VALUE, e.g. date=2014-06-03");
        }
        Field field = Field.named(assignment.substring(0, eq).strip());
        List<String> value = field.kind.canonical(field.jsonName, assignment.substring(eq + 1));
        if (value.equals(field.get(extracted))) {
            throw new FixException("--set " + assignment + ": extraction already gives "
                    + (value.isEmpty() ? "no " + field.jsonName : Field.display(value)) + "; nothing to correct");
        }
        fields.put(field.jsonName, new Fix.FieldFix(field.jsonName, value, field.get(extracted)));
        return this;
    }

    /** Removes the correction of a field, so extraction's value shows again. */
    public FixEditor unset(String fieldName) throws FixException {
        Field field = Field.named(fieldName.strip());
        if (fields.remove(field.jsonName) == null) {
            throw new FixException("--unset " + fieldName + ": " + source + " has no correction of " + field.jsonName);
        }
        return this;
    }

    /** {@code [type:]text[@start]}: drops a false entity, which must be extracted now. */
    public FixEditor dropEntity(String spec) throws FixException {
        Matcher m = ENTITY.matcher(spec.strip());
        if (!m.matches() || m.group(1) != null && !ENTITY_TYPES.contains(m.group(1))) {
            throw new FixException("--drop-entity " + spec + ": expected [TYPE:]TEXT[@START] with TYPE one of "
                    + String.join(", ", new java.util.TreeSet<>(ENTITY_TYPES)));
        }
        Fix.EntityDrop drop = new Fix.EntityDrop(m.group(1), m.group(2),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
        List<Entity> hits = extracted.entities().stream().filter(e -> matches(drop, e)).toList();
        if (hits.isEmpty()) {
            throw new FixException("--drop-entity " + spec + ": no such entity in " + source);
        }
        Entity first = hits.get(0);
        // record the type so that a later extraction that tags the same text differently is not dropped by accident
        entityDrops.add(new Fix.EntityDrop(first.type(), drop.text(), drop.start()));
        return this;
    }

    /** A 1-based commitment number, or a text that occurs in exactly one commitment. */
    public FixEditor dropCommitment(String spec) throws FixException {
        List<Commitment> all = extracted.commitments();
        String s = spec.strip();
        if (s.matches("\\d+")) {
            int index = Integer.parseInt(s);
            if (index < 1 || index > all.size()) {
                throw new FixException("--drop-commitment " + s + ": " + source + " has " + all.size()
                        + " commitments (numbered from 1)");
            }
            commitmentDrops.add(new Fix.CommitmentDrop(all.get(index - 1).text(), index));
            return this;
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).text().contains(s)) {
                hits.add(i);
            }
        }
        if (hits.size() != 1) {
            throw new FixException("--drop-commitment " + s + ": " + (hits.isEmpty() ? "no commitment" : hits.size()
                    + " commitments") + " of " + source + " contain this text; give its number or more text");
        }
        commitmentDrops.add(new Fix.CommitmentDrop(all.get(hits.get(0)).text(), hits.get(0) + 1));
        return this;
    }

    /** The edited corrections, for the source's current bytes. */
    public Fix build() {
        return new Fix(source, extracted.source().sha256(), List.copyOf(fields.values()), entityDrops,
                commitmentDrops);
    }

    private static boolean matches(Fix.EntityDrop drop, Entity e) {
        return drop.text().equals(e.text()) && (drop.type() == null || drop.type().equals(e.type()))
                && (drop.start() == null || drop.start() == e.start());
    }
}
