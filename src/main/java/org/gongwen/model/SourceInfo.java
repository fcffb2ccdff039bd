package org.gongwen.model;

import java.util.List;
import java.util.Objects;

/**
 * The record's {@code source} field: which file a record came from and how each page was read.
 *
 * @param fileName  the input file name
 * @param sha256    hex SHA-256 of the bytes
 * @param format    the detected format: pdf, docx, doc, rtf, odt, wps, html, txt, md, ofd, png, jpeg, tiff …
 * @param bytes     size in bytes
 * @param pageCount number of pages (1 for formats without pages)
 * @param pages     per page, the reader that produced its text
 */
public record SourceInfo(String fileName, String sha256, String format, long bytes, int pageCount,
                         List<PageOrigin> pages) {
    public SourceInfo {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        pages = List.copyOf(pages);
    }

    /**
     * How one page was read.
     *
     * @param page       1-based page number
     * @param reader     pdfbox, tika, jsoup, text, ofdrw, paddle, tesseract
     * @param needsOcr   the page has no usable text and was not OCRed
     * @param confidence OCR confidence in [0,1], or -1 when not OCRed
     * @param seconds    wall-clock seconds the OCR of this page took in this run, or -1 when not OCRed; left out of
     *                   record JSON (a measurement, not the document), reported in the build report
     */
    public record PageOrigin(int page, String reader, boolean needsOcr, double confidence, double seconds) {
        public PageOrigin {
            Objects.requireNonNull(reader, "reader");
        }

        /** A page that was not OCRed (no time to report). */
        public PageOrigin(int page, String reader, boolean needsOcr, double confidence) {
            this(page, reader, needsOcr, confidence, -1);
        }
    }
}
