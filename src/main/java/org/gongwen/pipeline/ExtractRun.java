package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.json.RecordJson;
import org.gongwen.model.SourceFile;

/** Runs {@link DocumentProcessor} over files named on the command line and renders each record as JSON. */
public final class ExtractRun {
    private final DocumentProcessor processor;

    /** Reads scanned pages with the default OCR engine. */
    public ExtractRun() {
        this(OcrMode.DEFAULT);
    }

    /** Reads scanned pages with the given OCR engine. */
    public ExtractRun(OcrMode ocrMode) {
        this.processor = new DocumentProcessor(ocrMode);
    }

    /** The outcome for one file: its JSON record, or why there is none. */
    public record Result(String json, String message) {
        public boolean failed() {
            return json == null;
        }
    }

    /** Extracts one file; never throws for a missing or bad file. */
    public Result extract(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return new Result(null, "is a folder, not a file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Result(null, "no such file");
        } catch (IOException e) {
            return new Result(null, "cannot read: " + e.getMessage());
        }
        ProcessedDocument doc = processor.process(new SourceFile(file.getFileName().toString(), bytes));
        if (doc.failed()) {
            return new Result(null, doc.failure().message());
        }
        return new Result(RecordJson.write(doc.record()), null);
    }
}
