package org.gongwen.ingest.ocr;

import java.util.Locale;

/**
 * Which engine reads scanned pages: {@code --ocr paddle|tesseract|off}. The default is PaddleOCR, the engine with the
 * lower character error rate on the project's scanned 公文 benchmark (see README, "Scanned documents").
 */
public enum OcrMode {
    /** PaddleOCR PP-OCRv4 through RapidOCR's ONNX runtime; needs no system install. */
    PADDLE,
    /** Debian's Tesseract with {@code chi_sim} through Tika's TesseractOCRParser. */
    TESSERACT,
    /** No OCR: pages without text are archived empty and reported as needing OCR. */
    OFF;

    /** The engine used when none is chosen. */
    public static final OcrMode DEFAULT = PADDLE;

    /** Parses {@code paddle}, {@code tesseract} or {@code off} (any case). */
    public static OcrMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--ocr must be paddle, tesseract or off, not " + value, e);
        }
    }

    /**
     * The confidence under which a page is listed for proof-reading. The engines' scales differ: PaddleOCR's
     * character scores sit near 0.99 on clean pages, Tesseract's chi_sim word confidences near 0.85.
     */
    public double minConfidence() {
        return this == TESSERACT ? 0.70 : 0.85;
    }

    /** The lower-case name used on the command line and in records. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
