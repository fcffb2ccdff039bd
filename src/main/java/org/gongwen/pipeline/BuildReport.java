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
 * @param filesUnchanged site files kept because their content did not change
 */
public record BuildReport(int documents, int created, int changed, int unchanged, int extracted,
                          List<Failure> failures, int warnings, int removed, int filesWritten, int filesUnchanged) {
    public BuildReport {
        failures = List.copyOf(failures);
    }

    /** A document that failed: its corpus-relative path and the reason in plain words. */
    public record Failure(String path, String reason) {
    }
}
