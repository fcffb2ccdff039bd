package org.gongwen.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.ingest.ocr.ScannedPageReader;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.gongwen.model.SourceInfo;

/**
 * The ingest stage's entry point: picks the {@link Extractor} for a file and reads it. Never throws for bad content:
 * an unreadable file gives an extraction without pages and a problem saying why.
 */
public final class Ingestor {
    private final List<Extractor> extractors;
    private final ScannedPageReader ocr;

    /** Reads with the default OCR engine ({@link OcrMode#DEFAULT}) for scanned pages. */
    public Ingestor() {
        this(OcrMode.DEFAULT);
    }

    /** Reads with the given OCR engine for scanned pages and images ({@code --ocr paddle|tesseract|off}). */
    public Ingestor(OcrMode ocrMode) {
        this.ocr = ScannedPageReader.builder().mode(ocrMode).build();
        this.extractors = List.of(new TextExtractor(), ocr.imageExtractor());
    }

    /** Reads one file. */
    public Extraction extract(SourceFile file) {
        for (Extractor extractor : extractors) {
            if (extractor.accepts(file)) {
                try {
                    // Pages a reader found without a usable text layer (scans, mojibake) are OCRed here.
                    return ocr.ocrPages(file, extractor.extract(file));
                } catch (IOException | RuntimeException e) {
                    return failed(file, "unreadable", e.getMessage() == null ? e.toString() : e.getMessage());
                }
            }
        }
        return failed(file, "unsupported-format", "no reader for ." + file.extension() + " files");
    }

    private static Extraction failed(SourceFile file, String code, String message) {
        SourceInfo info = new SourceInfo(file.name(), Hashes.sha256(file.bytes()), file.extension(),
                file.bytes().length, 0, List.of());
        return new Extraction(info, List.of(), Map.of(), List.of(Problem.of("ingest", code, message)));
    }
}
