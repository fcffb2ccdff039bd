package org.gongwen.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Writes one task's records as {@code <out>/<file name>.json} through the Hadoop FileSystem API (local, HDFS, any
 * Hadoop-supported store). Each file is written under the task attempt's own {@code _temporary} folder and then
 * renamed into place, so a retried or speculative copy of the task never leaves a half-written record: both copies
 * compute the same bytes, and whichever renames last leaves a complete file.
 */
final class RecordFileWriter implements AutoCloseable {
    static final String TEMPORARY = "_temporary";

    private final FileSystem fs;
    private final Path out;
    private final Path attemptDir;

    RecordFileWriter(FileSystem fs, Path out, long taskAttemptId) {
        this.fs = fs;
        this.out = out;
        this.attemptDir = new Path(new Path(out, TEMPORARY), "attempt-" + taskAttemptId);
    }

    void write(String fileName, String json) throws IOException {
        Path tmp = child(attemptDir, fileName + ".json");
        Path target = child(out, fileName + ".json");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (fs instanceof RawLocalFileSystem local) {
            writeLocal(local.pathToFile(tmp).toPath(), local.pathToFile(target).toPath(), bytes);
            return;
        }
        try (FSDataOutputStream stream = fs.create(tmp, true)) {
            stream.write(bytes);
        }
        if (!fs.rename(tmp, target)) {
            // HDFS never renames over an existing file: an earlier attempt of this task wrote the same bytes
            fs.delete(target, false);
            if (!fs.rename(tmp, target)) {
                throw new IOException("cannot move " + tmp + " to " + target);
            }
        }
    }

    /**
     * A local disk is written through java.nio: Hadoop's local file system starts a {@code chmod} process for every
     * file it creates when the native Hadoop library is absent, which costs more than a text document's whole work.
     */
    private static void writeLocal(java.nio.file.Path tmp, java.nio.file.Path target, byte[] bytes)
            throws IOException {
        Files.createDirectories(tmp.getParent());
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A child path for a file name that may hold characters Hadoop's Path parser reads as a scheme (":"). */
    static Path child(Path parent, String fileName) {
        return new Path(parent, new Path("./" + fileName));
    }

    @Override
    public void close() throws IOException {
        fs.delete(attemptDir, true);
    }
}
