package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongwen.curate.FixFile;

/**
 * A folder that archivists drop new documents into, watched by {@code gongwen ingest --watch}. A file is taken once
 * it has settled: seen with the same size and modification time at two polls, and not modified for
 * {@link #SETTLE}, so a copy still being written (over a file share, by a scanner) is not read half-way. Only the
 * folder's own files count, not hidden ones or sidecars; taken files are moved to {@code .ingested/} or
 * {@code .failed/} inside it, so the folder shows what is still to come. Not thread-safe: one watcher per folder.
 */
public final class Inbox {
    /** How long a file must go unmodified before it is taken. */
    public static final Duration SETTLE = Duration.ofMillis(500);
    private final Path dir;
    private final Map<Path, String> seen = new HashMap<>();

    public Inbox(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The files that have settled by {@code now}, in name order; remembers the others' state for the next poll. */
    public List<Path> settled(Instant now) throws IOException {
        Map<Path, String> current = new HashMap<>();
        List<Path> ready = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || FixFile.isSidecar(f) || !Files.isRegularFile(f)) {
                    continue;
                }
                Instant modified = Files.getLastModifiedTime(f).toInstant();
                String state = Files.size(f) + "@" + modified;
                current.put(f, state);
                if (state.equals(seen.get(f)) && !modified.plus(SETTLE).isAfter(now)) {
                    ready.add(f);
                }
            }
        }
        seen.clear();
        seen.putAll(current);
        return ready;
    }

    /**
     * Moves a taken file out of the way: into {@code .ingested/} when it was added or was already in the corpus,
     * {@code .failed/} otherwise, under its own name or, when that is taken there, with {@code -2}, {@code -3} …
     * before the extension. Returns where it went.
     */
    public Path putAway(Path file, boolean failed) throws IOException {
        Path target = Files.createDirectories(dir.resolve(failed ? ".failed" : ".ingested"));
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            Path to = target.resolve(n == 1 ? name : stem + "-" + n + ext);
            if (!Files.exists(to)) {
                try {
                    Files.move(file, to);
                    seen.remove(file);
                    return to;
                } catch (FileAlreadyExistsException e) {
                    // taken between the check and the move: try the next name
                }
            }
        }
    }
}
