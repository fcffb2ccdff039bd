package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.gongwen.ingest.Hashes;
import org.gongwen.search.WordMemo;

/**
 * What a long-running process ({@code gongwen ingest --watch}) keeps between its builds, so that a build does not
 * read back from disk what the previous build of the same process had in hand: the build cache's records, already
 * parsed; the content hashes of corpus files that did not change since they were hashed; which record files hold
 * which bytes; the search index's word memo (with each document's searchable text); and the search index files it
 * published, while their site is the live one. Every entry is keyed by content (or checked against the file), so a
 * build with a memory makes exactly the outputs of a build without one; a fresh process starts with an empty memory
 * ({@link #empty()}), and a build given none uses one of its own. A process that runs build after build takes
 * {@link #forProcess()}, whose builds leave the saving of the search word memo (16 MB for 600 documents, only for
 * the next process's sake) to a thread of the memory's own. Thread-safe.
 */
public final class BuildMemory implements AutoCloseable {
    /**
     * A hash is only trusted for a file last modified this long before it was hashed: a file written again within
     * the time stamp's resolution of the hashing could keep its size and time with other bytes (Git's "racy" case).
     */
    private static final long SETTLED_NANOS = 2_000_000_000L;

    private final Map<String, BuildCache.Entry> records = new ConcurrentHashMap<>();
    private final Map<Path, Written> written = new ConcurrentHashMap<>();
    private final Map<Path, Hashed> hashes = new ConcurrentHashMap<>();
    private volatile WordMemo words;
    private volatile PublishedIndex index;
    /** Runs the saves of {@link #save}; null: they run in the build. */
    private final ExecutorService saver;

    /** A cache file's save, which may fail. */
    interface Save {
        void run() throws IOException;
    }

    /** The search index files a build of this process published, and the site folder they went live in. */
    private record PublishedIndex(Path folder, Object folderKey, Map<String, byte[]> files) {
    }

    /** Bytes this memory wrote to (or found in) a file, with the file's size and time just after. */
    private record Written(byte[] bytes, long size, long modifiedNanos) {
    }

    private record Hashed(long size, long modifiedNanos, Object fileKey, String sha256) {
    }

    private BuildMemory(ExecutorService saver) {
        this.saver = saver;
    }

    /** A memory with nothing in it, whose builds save their cache files themselves. */
    public static BuildMemory empty() {
        return new BuildMemory(null);
    }

    /**
     * A memory with nothing in it for a process that runs many builds: their word memo is saved on a thread of the
     * memory's own once the build is over; {@link #close()} waits for the last save.
     */
    public static BuildMemory forProcess() {
        return new BuildMemory(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gongwen-save-memo");
            t.setDaemon(true);
            return t;
        }));
    }

    /**
     * Saves a cache file now, or for a process's memory on its saving thread, in the order given; {@code failed} runs
     * when the save fails (a cache file that could not be saved only makes a later process slower).
     */
    void save(Save save, Runnable failed) {
        Runnable task = () -> {
            try {
                save.run();
            } catch (IOException | RuntimeException e) {
                failed.run();
            }
        };
        if (saver == null) {
            task.run();
        } else {
            saver.execute(task);
        }
    }

    /** Waits for the saves under way (the process is ending). */
    @Override
    public void close() {
        if (saver == null) {
            return;
        }
        saver.shutdown();
        try {
            saver.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The build cache's entry under {@code key} as last read or stored in this process, or null. */
    BuildCache.Entry record(String key) {
        return records.get(key);
    }

    void rememberRecord(String key, BuildCache.Entry entry) {
        records.put(key, entry);
    }

    /** Forgets the records of cache keys not in {@code used} (pruned from the cache on disk too). */
    void keepRecords(Set<String> used) {
        records.keySet().retainAll(used);
    }

    /**
     * Writes {@code bytes} to {@code file} unless they are the very array this memory last wrote or found there (and
     * the file still has the size and time it had then), or the file already holds them; returns whether it wrote.
     */
    boolean writeIfChanged(Path file, byte[] bytes) throws IOException {
        Written last = written.get(file);
        if (last != null && last.bytes() == bytes) {
            BasicFileAttributes now = attributesOrNull(file);
            if (now != null && now.size() == last.size() && nanos(now) == last.modifiedNanos()) {
                return false;
            }
        }
        boolean wrote = OutputFiles.writeIfChanged(file, bytes);
        BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
        written.put(file, new Written(bytes, after.size(), nanos(after)));
        return wrote;
    }

    private static BasicFileAttributes attributesOrNull(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** The file's SHA-256, read and hashed unless this memory knows it ({@link #knownSha256}). */
    String sha256(Path file) throws IOException {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        String known = knownSha256(file, before);
        return known != null ? known : hash(file, Files.readAllBytes(file), before);
    }

    /**
     * The SHA-256 this memory holds for the file, when the file still has the size, time and identity (inode) it was
     * hashed with; else null.
     */
    String knownSha256(Path file, BasicFileAttributes now) {
        Hashed h = hashes.get(file.toAbsolutePath().normalize());
        return h != null && h.size() == now.size() && h.modifiedNanos() == nanos(now)
                && Objects.equals(h.fileKey(), now.fileKey()) ? h.sha256() : null;
    }

    /**
     * The SHA-256 of {@code bytes}, just read from {@code file} whose attributes before the read were {@code before};
     * remembered when the file had settled.
     */
    String hash(Path file, byte[] bytes, BasicFileAttributes before) {
        String sha = Hashes.sha256(bytes);
        Path key = file.toAbsolutePath().normalize();
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        if (before.size() == bytes.length && now - nanos(before) > SETTLED_NANOS) {
            hashes.put(key, new Hashed(before.size(), nanos(before), before.fileKey(), sha));
        } else {
            hashes.remove(key);
        }
        return sha;
    }

    private static long nanos(BasicFileAttributes a) {
        return a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /** The search index's word memo as the last build of this process left it, or null. */
    WordMemo words() {
        return words;
    }

    void rememberWords(WordMemo memo) {
        words = memo;
    }

    /**
     * The search index files (site path → bytes) of the site in {@code liveFolder}, when a build of this process
     * published that site; else null (a new process, or another process published since).
     */
    Map<String, byte[]> index(Path liveFolder) {
        PublishedIndex published = index;
        if (published == null || liveFolder == null || !published.folder().equals(liveFolder)) {
            return null;
        }
        // the same name is not enough: a folder deleted and made again by another process is another site
        BasicFileAttributes now = attributesOrNull(liveFolder);
        return now != null && Objects.equals(now.fileKey(), published.folderKey()) ? published.files() : null;
    }

    /** Remembers the search index files just published in the site folder {@code folder}. */
    void rememberIndex(Path folder, Map<String, byte[]> files) {
        BasicFileAttributes a = attributesOrNull(folder);
        index = a == null || a.fileKey() == null ? null : new PublishedIndex(folder, a.fileKey(), Map.copyOf(files));
    }

    @Override
    public String toString() {
        return "BuildMemory[" + records.size() + " records, " + hashes.size() + " hashes]";
    }
}
