package org.gongwen.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.gongwen.publish.FieldDigest;

/**
 * Writes files through a {@link SiteWriter}, skipping the work for those whose key (a hash of everything their bytes
 * depend on) equals the key they had in the live site: the live file is kept as it is, unread. Records every key in
 * the next memo. Thread-safe.
 */
final class MemoisedWriter {
    private final SiteWriter writer;
    private final SiteMemo previous;
    private final SiteMemo next;
    private final AtomicInteger made = new AtomicInteger();

    MemoisedWriter(SiteWriter writer, SiteMemo previous, SiteMemo next) {
        this.writer = writer;
        this.previous = previous;
        this.next = next;
    }

    /** Writes the file {@code render} makes, unless the live one has the same key. */
    void write(String path, String key, Supplier<byte[]> render) {
        next.pages.put(path, key);
        if (!key.equals(previous.page(path)) || !writer.keepLive(path)) {
            made.incrementAndGet();
            writer.write(path, render.get());
        }
    }

    /**
     * Copies a source file, unless the live copy has the same key: the path, the content hash the record gives and,
     * in case the file changed since it was hashed, its size and modification time.
     */
    void copy(String path, Path source, String sha256) {
        if (sha256 == null || sha256.isEmpty()) {
            writer.copy(path, source);
            made.incrementAndGet();
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(source, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        String key = new FieldDigest("copy").add(source.toAbsolutePath().toString()).add(sha256).add(attributes.size())
                .add(attributes.lastModifiedTime().toMillis()).hex();
        write(path, key, () -> {
            try {
                return Files.readAllBytes(source);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
        });
    }

    /** Files rendered or read in this build (not kept from the live site). */
    int made() {
        return made.get();
    }
}
