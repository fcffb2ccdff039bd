package org.gongwen.pipeline;

import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * One corpus file through the cache or {@link DocumentProcessor}, under the {@link DocumentLimits}: a file over the
 * size limit is refused before it is read, and the work runs in a {@link GuardedProcessor} (time limit, memory and
 * stack failures confined to the document). Never throws: an unreadable file or a failure inside a stage becomes a
 * failed outcome with the stage and reason, and the build goes on with the other documents.
 */
final class DocumentStep implements AutoCloseable {
    private final BuildCache cache;
    private final BuildMemory memory;
    private final DocumentLimits limits;
    private final ThreadLocal<DocumentProcessor> processors;
    private final GuardedProcessor guard;

    DocumentStep(BuildCache cache, BuildMemory memory, DocumentLimits limits, OcrMode ocrMode) {
        this.cache = cache;
        this.memory = memory;
        this.processors = ThreadLocal.withInitial(() -> new DocumentProcessor(ocrMode));
        this.limits = limits;
        // the guard's worker threads are reused, so each keeps its own processor (readers, OCR engines, HanLP)
        this.guard = new GuardedProcessor(file -> processors.get().process(file), limits);
    }

    DocumentOutcome run(Path file, String path) {
        long start = System.nanoTime();
        Problem refusal = FileChecks.refusal(file, limits.maxBytes());
        if (refusal != null) {
            return DocumentOutcome.failed(file, path, "", refusal, seconds(start));
        }
        String name = file.getFileName().toString();
        byte[] bytes;
        String sha;
        try {
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            // a file the memory hashed and that has not changed since is not read at all when its record is cached
            String known = memory.knownSha256(file, before);
            DocumentOutcome cached = known == null ? null : cached(file, path, known, name, start);
            if (cached != null) {
                return cached;
            }
            bytes = Files.readAllBytes(file);
            sha = memory.hash(file, bytes, before);
            // the cache was asked already when the bytes are the ones the memory knew
            cached = sha.equals(known) ? null : cached(file, path, sha, name, start);
            if (cached != null) {
                return cached;
            }
        } catch (IOException | OutOfMemoryError e) {
            return DocumentOutcome.failed(file, path, "", Failures.describe(e), seconds(start));
        }
        String key = cache.key(sha, name);
        ProcessedDocument processed = guard.process(new SourceFile(name, bytes));
        if (processed.failed()) {
            return DocumentOutcome.failed(file, path, sha, processed.failure(), seconds(start));
        }
        byte[] json = null;
        try {
            json = cache.put(key, processed.record());
        } catch (IOException e) {
            // the record is still good; only the next build will have to redo it
        }
        return new DocumentOutcome(file, path, sha, processed.record(), null, false, seconds(start))
                .withCacheEntry(key, json);
    }

    /** The outcome of a source whose record is in the cache, or null. */
    private DocumentOutcome cached(Path file, String path, String sha, String name, long start) {
        String key = cache.key(sha, name);
        Optional<BuildCache.Entry> cached = cache.get(key);
        return cached.map(c -> new DocumentOutcome(file, path, sha, c.record(), null, true, seconds(start))
                .withCacheEntry(key, c.json())).orElse(null);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        guard.close();
    }
}
