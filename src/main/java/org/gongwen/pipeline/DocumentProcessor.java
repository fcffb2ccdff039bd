package org.gongwen.pipeline;

import java.util.Objects;
import org.gongwen.ingest.Ingestor;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Extraction;
import org.gongwen.model.NormalizedText;
import org.gongwen.model.SourceFile;
import org.gongwen.normalize.Normalizer;
import org.gongwen.register.CommitmentExtractor;
import org.gongwen.structure.StructureParser;
import org.gongwen.tag.Tagging;

/**
 * The work on one document, as a pure function of its bytes: read → normalise → structure → tag → commitments.
 * Thread-safe once built; build one per worker (readers, OCR engines and HanLP are loaded once here), so the same
 * code runs in the local runner and in a Spark partition.
 */
public final class DocumentProcessor {
    private final Ingestor ingestor;
    private final Normalizer normalizer = new Normalizer();
    private final StructureParser structureParser = new StructureParser();
    private final Tagging tagging = new Tagging();
    private final CommitmentExtractor commitments = new CommitmentExtractor();

    public DocumentProcessor() {
        this(new Ingestor());
    }

    /** A processor whose scanned pages are read by the given OCR engine ({@code --ocr}). */
    public DocumentProcessor(OcrMode ocrMode) {
        this(new Ingestor(ocrMode));
    }

    public DocumentProcessor(Ingestor ingestor) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    }

    /** Processes one file; never throws for bad content (failures are in {@link ProcessedDocument#failure()}). */
    public ProcessedDocument process(SourceFile file) {
        Extraction extraction = ingestor.extract(file);
        if (extraction.pages().isEmpty()) {
            return ProcessedDocument.failed(extraction);
        }
        NormalizedText text = normalizer.normalize(extraction);
        DocumentRecord record = structureParser.parse(text, extraction);
        record = tagging.tag(record);
        record = commitments.extract(record);
        return ProcessedDocument.ok(record);
    }
}
