package org.gongwen.pipeline;

import org.gongwen.ingest.ocr.OcrMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.ingest.Hashes;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceFile;
import org.gongwen.model.SourceInfo;

/**
 * The uncorrected records of corpus sources, for the commands that need them outside a build (check, fix, ingest):
 * taken from the build cache of the output folder when it has them, else extracted (and then cached, so the next
 * build need not extract them again).
 */
final class SourceRecords {
    private final BuildCache cache;
    private final BuildMemory memory;
    private final DocumentLimits limits;
    private final OcrMode ocrMode;

    /** Without a cache, default limits and OCR. */
    SourceRecords() {
        this.cache = null;
        this.memory = BuildMemory.empty();
        this.limits = DocumentLimits.defaults();
        this.ocrMode = OcrMode.DEFAULT;
    }

    /** With the cache of the output folder {@code out} (created when missing), default limits and OCR. */
    SourceRecords(Path out) throws IOException {
        this(out, DocumentLimits.defaults(), OcrMode.DEFAULT, BuildMemory.empty());
    }

    /** With the cache of {@code out}, reading under the build's limits and OCR engine, remembering in {@code memory}. */
    SourceRecords(Path out, DocumentLimits limits, OcrMode ocrMode, BuildMemory memory) throws IOException {
        this.memory = memory;
        this.cache = new BuildCache(out.resolve(".cache/records"), ToolVersion.current(), ocrMode, memory);
        this.limits = limits;
        this.ocrMode = ocrMode;
    }

    /** The record extraction gives for one file (uncorrected). */
    ProcessedDocument extract(Path file) throws IOException {
        if (cache != null) {
            try (DocumentStep step = new DocumentStep(cache, memory, limits, ocrMode)) {
                DocumentOutcome o = step.run(file, file.getFileName().toString());
                return o.failed() ? new ProcessedDocument(null, o.failure()) : new ProcessedDocument(o.record(), null);
            }
        }
        // without a cache (fix): one document, read once, so the processor is built here rather than at start-up
        return new DocumentProcessor(ocrMode).process(new SourceFile(file.getFileName().toString(),
                Files.readAllBytes(file)));
    }

    /**
     * Puts the record of a source just copied into the corpus as {@code corpusName} into the cache, so the build that
     * follows an ingest does not extract it a second time. Extraction depends on the bytes and the extension only,
     * which the copy keeps.
     */
    void remember(String corpusName, byte[] bytes, DocumentRecord record) throws IOException {
        if (cache == null) {
            return;
        }
        SourceInfo s = record.source();
        DocumentRecord renamed = record.toBuilder().source(new SourceInfo(corpusName, s.sha256(), s.format(),
                s.bytes(), s.pageCount(), s.pages())).build();
        cache.put(cache.key(Hashes.sha256(bytes), corpusName), renamed);
    }

    /** The documents of a corpus folder, recursively, in corpus order; hidden files and sidecars are not documents. */
    static List<CorpusFiles.Entry> sources(Path corpus) throws IOException {
        List<CorpusFiles.Entry> files = new ArrayList<>();
        for (CorpusFiles.Entry e : CorpusScanner.scan(corpus)) {
            if (e.file() != null) {
                files.add(e);    // files refused unread (links out of the corpus …) are the build's to report
            }
        }
        return files;
    }
}
