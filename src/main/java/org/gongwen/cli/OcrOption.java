package org.gongwen.cli;

import org.gongwen.ingest.ocr.OcrMode;
import picocli.CommandLine.Option;

/** {@code --ocr paddle|tesseract|off}, shared by {@code extract}, {@code build} and {@code ingest}. */
final class OcrOption {
    @Option(names = "--ocr", paramLabel = "ENGINE", defaultValue = "paddle",
            description = {"OCR engine for scans and pages without a text layer: paddle, tesseract or off "
                    + "(default: ${DEFAULT-VALUE}).", "Pages that cannot be OCRed are kept empty and reported."})
    String ocr;

    /** The chosen engine; IllegalArgumentException with a one-line message for an unknown name. */
    OcrMode mode() {
        return OcrMode.parse(ocr);
    }
}
