package org.gongwen.curate;

import java.util.List;
import java.util.Objects;

/**
 * The archivist's corrections to one source, as held in its sidecar {@code <source name>.fix.yaml}. Each correction
 * records the value extraction gave when it was written ({@code was}), so a later build can tell a correction that
 * no longer matches the extraction (stale) from one that still does.
 *
 * <p>Example: {@code 银发2014-168.pdf.fix.yaml} setting docNumber {@code 银发〔2014〕168号} (was {@code 银发〔2014〕188号})
 * and dropping the false figure {@code 2014年} at offset 35.
 *
 * @param source          the source file name the corrections belong to
 * @param sha256          SHA-256 of the source when the fix was written, null when unknown (hand-written)
 * @param fields          overridden metadata fields, in the order written
 * @param entityDrops     false entities to drop
 * @param commitmentDrops false commitments to drop
 */
public record Fix(String source, String sha256, List<FieldFix> fields, List<EntityDrop> entityDrops,
                  List<CommitmentDrop> commitmentDrops) {
    public Fix {
        Objects.requireNonNull(source, "source");
        fields = List.copyOf(fields);
        entityDrops = List.copyOf(entityDrops);
        commitmentDrops = List.copyOf(commitmentDrops);
    }

    /** No corrections yet for {@code source}. */
    public static Fix empty(String source, String sha256) {
        return new Fix(source, sha256, List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return fields.isEmpty() && entityDrops.isEmpty() && commitmentDrops.isEmpty();
    }

    /**
     * One overridden field.
     *
     * @param field the JSON name of the field (docNumber, date, recipients …)
     * @param value the corrected values in canonical form (one for single-valued fields; empty clears the field)
     * @param was   the values extraction gave when the fix was written, null when not recorded
     */
    public record FieldFix(String field, List<String> value, List<String> was) {
        public FieldFix {
            Objects.requireNonNull(field, "field");
            value = List.copyOf(value);
            was = was == null ? null : List.copyOf(was);
        }
    }

    /**
     * A false entity: drops the entities with this text (and type and start offset, when given).
     *
     * @param type  entity type (figure, date, org …), null for any
     * @param text  the entity's exact text
     * @param start its start offset in the record's text, null for every occurrence
     */
    public record EntityDrop(String type, String text, Integer start) {
        public EntityDrop {
            Objects.requireNonNull(text, "text");
        }

        String describe() {
            return (type == null ? "" : type + ":") + text + (start == null ? "" : "@" + start);
        }
    }

    /**
     * A false commitment, by its text, or by its 1-based number in the record when no text is given.
     *
     * @param text  the commitment's exact text, null when only the number is given
     * @param index its 1-based number among the record's commitments, null when not given
     */
    public record CommitmentDrop(String text, Integer index) {
        public CommitmentDrop {
            if (text == null && index == null) {
                throw new IllegalArgumentException("a commitment drop needs a text or an index");
            }
        }

        String describe() {
            return text != null ? text : "#" + index;
        }
    }
}
