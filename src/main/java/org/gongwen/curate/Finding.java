package org.gongwen.curate;

import java.util.Objects;

/**
 * One thing {@code gongwen check} asks an archivist to look at.
 *
 * <p>Example: file {@code 银发2014-168.pdf}, code {@code missing-citation}, message
 * {@code cites 银办发〔2013〕12号, which is not in the archive}.
 *
 * @param file    the source file of the document concerned
 * @param code    a stable code: missing-doc-number, missing-title, missing-date, low-ocr-confidence, needs-ocr,
 *                non-canonical-doc-number, duplicate, doc-number-conflict, missing-citation, stale-correction
 * @param message a plain-words explanation
 */
public record Finding(String file, String code, String message) {
    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
