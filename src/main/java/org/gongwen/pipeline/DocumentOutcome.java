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
 * @param cacheKey  the key of the cache entry holding exactly this record (with {@code json}), null otherwise
 */
record DocumentOutcome(Path file, String path, String sha256, DocumentRecord record, Problem failure,
                       boolean fromCache, double seconds, byte[] json, String cacheKey) {
    DocumentOutcome(Path file, String path, String sha256, DocumentRecord record, Problem failure, boolean fromCache,
                    double seconds) {
        this(file, path, sha256, record, failure, fromCache, seconds, null, null);
    }

    boolean failed() {
        return record == null;
    }

    /** This outcome with its record known to be the cache entry {@code key}, whose bytes are {@code recordJson}. */
    DocumentOutcome withCacheEntry(String key, byte[] recordJson) {
        return new DocumentOutcome(file, path, sha256, record, failure, fromCache, seconds, recordJson,
                recordJson == null ? null : key);
    }

    /**
     * This outcome with another record (curated); the JSON bytes and cache key stay only when the record is the same
     * object.
     */
    DocumentOutcome withRecord(DocumentRecord curated) {
        return curated == record ? this
                : new DocumentOutcome(file, path, sha256, curated, failure, fromCache, seconds, null, null);
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
