package org.gongwen.pipeline;

import org.gongwen.ingest.Hashes;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One corpus file through the cache or {@link DocumentProcessor}. Never throws: an unreadable file or a failure
 * inside a stage becomes a failed outcome with the reason, and the build goes on with the other documents.
 */
final class DocumentStep {
    private final BuildCache cache;
    private final ThreadLocal<DocumentProcessor> processors = ThreadLocal.withInitial(DocumentProcessor::new);

    DocumentStep(BuildCache cache) {
        this.cache = cache;
    }

    DocumentOutcome run(Path file, String path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new DocumentOutcome(file, path, "", null, "cannot read: " + e.getMessage(), false);
        }
        String sha = Hashes.sha256(bytes);
        String name = file.getFileName().toString();
        String key = cache.key(sha, name);
        Optional<DocumentRecord> cached = cache.get(key);
        if (cached.isPresent()) {
            return new DocumentOutcome(file, path, sha, cached.get(), null, true);
        }
        try {
            ProcessedDocument processed = processors.get().process(new SourceFile(name, bytes));
            if (processed.failed()) {
                return new DocumentOutcome(file, path, sha, null, processed.failure().message(), false);
            }
            cache.put(key, processed.record());
            return new DocumentOutcome(file, path, sha, processed.record(), null, false);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new DocumentOutcome(file, path, sha, null, "internal error: " + what, false);
        }
    }
}
