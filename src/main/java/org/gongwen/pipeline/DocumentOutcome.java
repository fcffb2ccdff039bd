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
 * @param json      {@code RecordJson.write(record)} as UTF-8 when already at hand (read from or written to the
 *                  cache), so it is not serialised twice; null when unknown
 */
record DocumentOutcome(Path file, String path, String sha256, DocumentRecord record, Problem failure,
                       boolean fromCache, double seconds, byte[] json) {
    DocumentOutcome(Path file, String path, String sha256, DocumentRecord record, Problem failure, boolean fromCache,
                    double seconds) {
        this(file, path, sha256, record, failure, fromCache, seconds, null);
    }

    boolean failed() {
        return record == null;
    }

    /** This outcome with the record's JSON bytes known. */
    DocumentOutcome withJson(byte[] recordJson) {
        return new DocumentOutcome(file, path, sha256, record, failure, fromCache, seconds, recordJson);
    }

    /** This outcome with another record (curated); the JSON bytes stay only when the record is the same object. */
    DocumentOutcome withRecord(DocumentRecord curated) {
        return new DocumentOutcome(file, path, sha256, curated, failure, fromCache, seconds,
                curated == record ? json : null);
    }

    /** The record as JSON (UTF-8), reusing the bytes read from the cache when the record was not changed since. */
    byte[] recordJson() {
        return json != null ? json
                : org.gongwen.json.RecordJson.write(record).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static DocumentOutcome failed(Path file, String path, String sha256, Problem failure, double seconds) {
        return new DocumentOutcome(file, path, sha256, null, failure, false, seconds);
    }
}
