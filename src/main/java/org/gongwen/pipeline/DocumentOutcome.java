package org.gongwen.pipeline;

import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Problem;

import java.nio.file.Path;

/**
 * What became of one corpus file in a build.
 *
 * @param file      the source file (its real path; null when it was refused without reading)
 * @param path      its corpus-relative path ({@code sub/name.pdf})
 * @param sha256    content hash ("" when the file was not read)
 * @param record    the record, null when the document failed
 * @param failure   why it failed (stage, code and reason in plain words), null otherwise
 * @param fromCache whether the record came from the cache
 * @param seconds   wall-clock time spent on the document in this build
 */
record DocumentOutcome(Path file, String path, String sha256, DocumentRecord record, Problem failure,
                       boolean fromCache, double seconds) {
    boolean failed() {
        return record == null;
    }

    static DocumentOutcome failed(Path file, String path, String sha256, Problem failure, double seconds) {
        return new DocumentOutcome(file, path, sha256, null, failure, false, seconds);
    }
}
