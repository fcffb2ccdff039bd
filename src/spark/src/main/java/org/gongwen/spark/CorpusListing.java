package org.gongwen.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists a corpus on the driver, sub-folders included, skipping hidden and marker files ({@code .DS_Store},
 * {@code _SUCCESS}) as Hadoop's input formats do, and sorted by path.
 *
 * <p>Why not {@code binaryFiles}: its input format asks the file system for each file's block locations, and
 * Hadoop's local file system answers that by starting an {@code ls -ld} process per file when the native Hadoop
 * library is absent (it is, in a Spark distribution): 562 text files took 150 s to list on a busy 2-core machine,
 * twenty times the documents' own work. A plain {@code listStatus} walk asks one question per folder on HDFS and
 * starts no process on a local disk.
 */
final class CorpusListing {
    private final List<SourceEntry> files;

    private CorpusListing(List<SourceEntry> files) {
        this.files = files;
    }

    static CorpusListing list(FileSystem fs, Path root) throws IOException {
        List<SourceEntry> files = new ArrayList<>();
        Deque<FileStatus> pending = new ArrayDeque<>(List.of(fs.getFileStatus(root)));
        while (!pending.isEmpty()) {
            FileStatus status = pending.pop();
            if (status.isDirectory()) {
                for (FileStatus child : fs.listStatus(status.getPath())) {
                    if (!hidden(child.getPath().getName())) {
                        pending.push(child);
                    }
                }
            } else {
                files.add(SourceEntry.of(status));
            }
        }
        files.sort(Comparator.comparing(SourceEntry::path));
        return new CorpusListing(List.copyOf(files));
    }

    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    List<SourceEntry> files() {
        return files;
    }

    /**
     * For each file whose name an earlier file (in path order) already has, a {@code duplicate-name} failure: two
     * files would write one record file, so the first path keeps the name whatever the task timing.
     */
    List<Failure> duplicates() {
        Map<String, SourceEntry> first = new HashMap<>();
        List<Failure> failures = new ArrayList<>();
        for (SourceEntry file : files) {
            SourceEntry winner = first.putIfAbsent(file.name(), file);
            if (winner != null) {
                failures.add(new Failure(file.name(), file.path(), "spark", "duplicate-name",
                        "another file has the same name; its record is " + file.name() + ".json (from "
                                + winner.path() + ")"));
            }
        }
        return failures;
    }

    /** The files to process: every file but the later duplicates. */
    List<SourceEntry> unique() {
        Map<String, SourceEntry> first = new HashMap<>();
        List<SourceEntry> unique = new ArrayList<>();
        for (SourceEntry file : files) {
            if (first.putIfAbsent(file.name(), file) == null) {
                unique.add(file);
            }
        }
        return unique;
    }
}
