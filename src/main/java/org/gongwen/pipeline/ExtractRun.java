package org.gongwen.pipeline;

import java.nio.file.Path;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.json.RecordJson;

/**
 * Runs {@link DocumentProcessor} over files named on the command line, each under {@link DocumentLimits} (see
 * {@link GuardedProcessor}), and renders each record as JSON.
 */
public final class ExtractRun implements AutoCloseable {
    private final GuardedProcessor processor;

    /** Reads scanned pages with the default OCR engine, under the default limits. */
    public ExtractRun() {
        this(OcrMode.DEFAULT, DocumentLimits.defaults());
    }

    /** Reads scanned pages with the given OCR engine, each file under the given limits. */
    public ExtractRun(OcrMode ocrMode, DocumentLimits limits) {
        this.processor = new GuardedProcessor(new DocumentProcessor(ocrMode), limits);
    }

    /** The outcome for one file: its JSON record, or why there is none. */
    public record Result(String json, String message) {
        public boolean failed() {
            return json == null;
        }
    }

    /** Extracts one file; never throws for a missing, bad, huge or slow file. */
    public Result extract(Path file) {
        ProcessedDocument doc = processor.process(file);
        if (doc.failed()) {
            return new Result(null, doc.failure().stage() + ": " + doc.failure().message());
        }
        return new Result(RecordJson.write(doc.record()), null);
    }

    @Override
    public void close() {
        processor.close();
    }
}
