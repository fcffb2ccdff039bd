package org.gongwen.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongwen.publish.SiteSlots;

/**
 * The only way files get into a site. Writes the new site into a fresh slot folder beside the live one (see
 * {@link SiteSlots}); a file whose bytes equal the live file's is hard-linked (or copied with its attributes), so its
 * mtime and inode stay and nothing downstream (rsync, caches) sees it as changed. {@link #commit()} publishes the slot
 * by atomically replacing the {@code output/site} link, so readers see either the old site or the new one, never a
 * half-written one, even when the build is killed at any moment. Unfinished slots of a crashed build are discarded by
 * the next one.
 *
 * <p>Example: {@code writer.write("docs/云产改办-2022-16号.html", bytes)} writes {@code site-8/docs/…}.
 */
public final class SiteWriter {
    private final Path live;
    private final SiteSlots slots;
    private final Path staging;
    /** The folder of the site that was live when this writer was made (null: none). */
    private final Path liveFolder;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Folders made in the slot: creating an existing folder again costs an exception per file. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final List<Runnable> afterCommit = new CopyOnWriteArrayList<>();

    /** A writer for the site at {@code live} (e.g. {@code output/site}). */
    public SiteWriter(Path live) {
        this.live = live.toAbsolutePath().normalize();
        this.slots = new SiteSlots(this.live);
        try {
            this.staging = slots.prepare();
            this.liveFolder = slots.current();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a new site beside " + live, e);
        }
    }

    /** Writes one file of the new site (path relative to the site root, with {@code /}); thread-safe. */
    public void write(String relativePath, byte[] bytes) {
        Path target = resolve(relativePath);
        Path old = live.resolve(relativePath);
        try {
            if (Files.isRegularFile(old) && Files.size(old) == bytes.length
                    && Arrays.equals(Files.readAllBytes(old), bytes)) {
                keep(old, target);
            } else {
                folder(target.getParent());
                Files.write(target, bytes);
                changed.incrementAndGet();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Writes one file the caller knows differs from the live site's file at the path (it knows the live file's bytes),
     * without reading the live file; thread-safe.
     */
    public void replace(String relativePath, byte[] bytes) {
        Path target = resolve(relativePath);
        try {
            folder(target.getParent());
            Files.write(target, bytes);
            changed.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * The folder the live site was in when this writer was made, or null: it names the site a caller's knowledge of
     * the live files is about (another process may have published since).
     */
    public Path liveFolder() {
        return liveFolder;
    }

    /** The folder this writer fills; live once {@link #commit()} returned. */
    public Path folder() {
        return staging;
    }

    /**
     * Keeps the live site's file at the path as it is (hard-linked, not read), when the caller knows the new site's
     * file would have the same bytes; thread-safe.
     *
     * @return false, with nothing done, when the live site has no such file: the caller must {@link #write} it
     */
    public boolean keepLive(String relativePath) {
        Path old = live.resolve(relativePath);
        if (!Files.isRegularFile(old)) {
            return false;
        }
        try {
            keep(old, resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + old, e);
        }
        return true;
    }

    /** Copies a file (an original document, a register download) into the new site. */
    public void copy(String relativePath, Path source) {
        try {
            write(relativePath, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Publishes the new site in one atomic step (see {@link SiteSlots#publish}), then runs the commit actions. */
    public void commit() {
        try {
            slots.publish(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap in the new site", e);
        }
        afterCommit.forEach(Runnable::run);
    }

    /** Runs the action once the new site is live (e.g. saving a memo that must describe the live site). */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /** Files written with new content in this build. */
    public int changedCount() {
        return changed.get();
    }

    /** Files whose content was the same as in the live site (kept, not rewritten). */
    public int unchangedCount() {
        return unchanged.get();
    }

    private Path resolve(String relativePath) {
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging) || !written.add(relativePath)) {
            throw new IllegalArgumentException("bad or repeated site path: " + relativePath);
        }
        return target;
    }

    private void folder(Path dir) throws IOException {
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            folders.add(dir);
        }
    }

    /** Puts the live file into the new site as it is (see the class comment) and counts it unchanged. */
    private void keep(Path old, Path target) throws IOException {
        folder(target.getParent());
        try {
            Files.createLink(target, old);
        } catch (UnsupportedOperationException | SecurityException | IOException e) {
            // no hard links here (another file system, not permitted): a copy with the same bytes and times
            Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
        unchanged.incrementAndGet();
    }
}
