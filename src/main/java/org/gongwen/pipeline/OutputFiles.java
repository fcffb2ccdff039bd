package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.gongwen.publish.AtomicFiles;

/** Writing build outputs only when their bytes change (keeping mtimes), atomically, and removing stale ones. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes the file unless it already has exactly these bytes; returns whether it wrote. */
    static boolean writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        AtomicFiles.write(file, bytes);
        return true;
    }

    /** Deletes the files under {@code dir} that are not in {@code keep}, then empty folders. */
    static void deleteOthers(Path dir, Set<Path> keep) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(p) && !keep.contains(p.toAbsolutePath().normalize())) {
                    Files.delete(p);
                } else if (Files.isDirectory(p) && !p.equals(dir)) {
                    try (Stream<Path> children = Files.list(p)) {
                        if (children.findAny().isEmpty()) {
                            Files.delete(p);
                        }
                    }
                }
            }
        }
    }
}
