package org.gongwen.pipeline;

import java.util.List;

/**
 * What a build did.
 *
 * @param documents      documents found in the corpus
 * @param created        documents not in the previous build
 * @param changed        documents whose content changed since the previous build
 * @param unchanged      documents with the same content as before
 * @param extracted      documents actually processed (the others came from the cache)
 * @param failures       documents that could not be read, with the reason
 * @param warnings       warnings in all records
 * @param removed        documents of the previous build no longer in the corpus
 * @param filesWritten   site files written with new content
 * @param filesUnchanged site files kept because their content did not change; -1 when nothing changed since the
 *                       last build and the outputs were not regenerated at all
 * @param duplicates     groups of sources merged into one document (same bytes, or a PDF and its scan)
 * @param conflicts      发文字号 shared by documents whose texts differ (flagged, not merged)
 * @param corrections    archivist corrections applied from {@code *.fix.yaml} sidecars
 * @param toReview       corrections that no longer match the extraction (listed by {@code gongwen check})
 */
public record BuildReport(int documents, int created, int changed, int unchanged, int extracted,
                          List<Failure> failures, int warnings, int removed, int filesWritten, int filesUnchanged,
                          int duplicates, int conflicts, int corrections, int toReview) {
    public BuildReport {
        failures = List.copyOf(failures);
    }

    /** A report before curation (no duplicates, conflicts or corrections counted). */
    public BuildReport(int documents, int created, int changed, int unchanged, int extracted,
                       List<Failure> failures, int warnings, int removed, int filesWritten, int filesUnchanged) {
        this(documents, created, changed, unchanged, extracted, failures, warnings, removed, filesWritten,
                filesUnchanged, 0, 0, 0, 0);
    }

    BuildReport withCuration(int duplicateGroups, int numberConflicts, int applied, int review) {
        return new BuildReport(documents, created, changed, unchanged, extracted, failures, warnings, removed,
                filesWritten, filesUnchanged, duplicateGroups, numberConflicts, applied, review);
    }

    /**
     * A document that failed: its corpus-relative path, the stage that failed and the reason in plain words, e.g.
     * {@code pdf/银发〔2015〕290号.pdf}, {@code ingest}, "encrypted PDF: password required".
     */
    public record Failure(String path, String stage, String reason) {
    }
}
