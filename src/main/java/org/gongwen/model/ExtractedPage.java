package org.gongwen.model;

import java.util.Objects;

/**
 * The text of one page (or of the whole document for formats without pages) as a reader produced it. Lines are
 * separated by {@code \n}; a blank line marks a paragraph break the reader is sure of (HTML {@code <p>}, Word
 * paragraphs). Page furniture (running headers, 公文 page numbers such as {@code — 3 —}) is already removed.
 *
 * @param number     1-based page number
 * @param text       the page text
 * @param reader     which reader produced it: pdfbox, tika, jsoup, text, ofdrw, paddle, tesseract
 * @param needsOcr   true when the text layer was empty or garbage and the page must be OCRed
 * @param confidence OCR confidence in [0,1], or -1 for text that was not OCRed
 */
public record ExtractedPage(int number, String text, String reader, boolean needsOcr, double confidence) {
    public ExtractedPage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reader, "reader");
    }

    public static ExtractedPage text(int number, String text, String reader) {
        return new ExtractedPage(number, text, reader, false, -1);
    }
}
