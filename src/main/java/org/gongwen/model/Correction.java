package org.gongwen.model;

import java.util.Objects;

/**
 * One archivist correction as a build applied it, so a record keeps both the extracted and the corrected value.
 * Corrections come from a sidecar file next to the source ({@code corpus/<source name>.fix.yaml}).
 *
 * <p>Example: the scan of 银发〔2014〕168号 was read as 银发〔2014〕188号; the archivist's fix gives field
 * {@code docNumber}, extracted {@code 银发〔2014〕188号}, corrected {@code 银发〔2014〕168号}, status {@code applied}.
 *
 * @param field     the record field ({@code docNumber}, {@code date}, {@code recipients} …), or {@code entity} /
 *                  {@code commitment} for a dropped false entity or commitment
 * @param extracted the value extraction gives now (lists joined with 、; for drops, what was dropped), null when none
 * @param corrected the value the record shows (null when the field was cleared or the item dropped)
 * @param status    {@code applied}; {@code stale} (applied, but extraction no longer gives the value recorded when the
 *                  fix was written: review it); {@code redundant} (extraction now gives the corrected value itself);
 *                  {@code missing} (the entity or commitment to drop is no longer extracted, nothing was dropped);
 *                  {@code invalid} (the sidecar cannot be read: nothing of it was applied)
 * @param message   a plain-words explanation for stale, redundant and missing corrections, null when applied
 */
public record Correction(String field, String extracted, String corrected, String status, String message) {
    public static final String APPLIED = "applied";
    public static final String STALE = "stale";
    public static final String REDUNDANT = "redundant";
    public static final String MISSING = "missing";
    public static final String INVALID = "invalid";

    public Correction {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(status, "status");
    }

    /** True when an archivist should look at the correction again (it no longer matches the extraction). */
    public boolean needsReview() {
        return !APPLIED.equals(status);
    }
}
