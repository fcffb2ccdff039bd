package org.gongwen.pipeline;

import org.gongwen.model.DocumentRecord;

import java.nio.file.Path;

/**
 * What became of one corpus file in a build.
 *
 * @param file      the source file
 * @param path      its corpus-relative path ({@code sub/name.pdf})
 * @param sha256    content hash
 * @param record    the record, null when the document failed
 * @param failure   why it failed, null otherwise
 * @param fromCache whether the record came from the cache
 */
record DocumentOutcome(Path file, String path, String sha256, DocumentRecord record, String failure,
                       boolean fromCache) {
    boolean failed() {
        return record == null;
    }
}
