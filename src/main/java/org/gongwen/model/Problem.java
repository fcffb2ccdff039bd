package org.gongwen.model;

import java.util.Objects;

/**
 * Something that went wrong or looks doubtful in one document: a missing 发文字号, a page that needs OCR, a limit
 * that was hit. Bad content is reported as a problem, never thrown (jsoup's ParseError).
 *
 * @param stage    the stage that noticed it: ingest, normalize, structure, tag, register, ocr …
 * @param code     a stable machine-readable code, e.g. {@code missing-doc-number}, {@code needs-ocr}
 * @param message  a plain-words explanation for an archivist
 * @param position an offset into the record's text or a page number as the code documents, or -1 when none applies
 */
public record Problem(String stage, String code, String message, int position) {
    /**
     * The code of a page without a usable text layer that OCR has not read (position: the page number): readers
     * raise it, OCR answers it, {@code check} lists it, and the build cache does not keep a record with it while OCR
     * is on.
     */
    public static final String NEEDS_OCR = "needs-ocr";

    public Problem {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Problem of(String stage, String code, String message) {
        return new Problem(stage, code, message, -1);
    }
}
