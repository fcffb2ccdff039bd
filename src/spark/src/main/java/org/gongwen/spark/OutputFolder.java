package org.gongwen.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The records folder on the driver side: checks it before the job (a run never mixes its records with an older
 * run's), and afterwards removes the tasks' {@code _temporary} folder and writes the failure rows.
 */
final class OutputFolder {
    static final String FAILURES_JSONL = "failures.jsonl";
    static final String FAILURES_CSV = "failures.csv";

    private final FileSystem fs;
    private final Path dir;

    private OutputFolder(FileSystem fs, Path dir) {
        this.fs = fs;
        this.dir = dir;
    }

    /**
     * Opens {@code out}, creating it when missing. A folder holding records or failure files is refused unless
     * {@code overwrite}, which deletes those (and only those: other files are left alone).
     */
    static OutputFolder prepare(String out, Configuration conf, boolean overwrite) throws IOException {
        OutputFolder folder = new OutputFolder(fileSystem(out, conf), path(out));
        folder.clearOldRun(overwrite);
        folder.fs.mkdirs(folder.dir);
        return folder;
    }

    /** The Hadoop path for a local path or a URI ({@code output/records}, {@code hdfs://nn/gongwen/records}). */
    static Path path(String location) {
        return new Path(location);
    }

    /** The file system, without the local file system's {@code .crc} side files: the folder holds records only. */
    static FileSystem fileSystem(String location, Configuration conf) throws IOException {
        FileSystem fs = path(location).getFileSystem(conf);
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }

    URI uri() {
        return fs.makeQualified(dir).toUri();
    }

    private void clearOldRun(boolean overwrite) throws IOException {
        if (!fs.exists(dir)) {
            return;
        }
        for (FileStatus entry : fs.listStatus(dir)) {
            if (!fromRun(entry.getPath().getName())) {
                continue;
            }
            if (!overwrite) {
                throw new IOException(dir + " already holds records (" + entry.getPath().getName()
                        + "); use --overwrite to replace them or choose another --out");
            }
            fs.delete(entry.getPath(), true);
        }
    }

    private static boolean fromRun(String name) {
        return name.endsWith(".json") || name.equals(FAILURES_JSONL) || name.equals(FAILURES_CSV)
                || name.equals(RecordFileWriter.TEMPORARY);
    }

    /** Removes what the task attempts left (killed speculative copies) and writes the sorted failure rows. */
    void finish(List<Failure> sortedFailures) throws IOException {
        fs.delete(new Path(dir, RecordFileWriter.TEMPORARY), true);
        write(FAILURES_JSONL, FailureRows.jsonLines(sortedFailures));
        write(FAILURES_CSV, FailureRows.csv(sortedFailures));
    }

    private void write(String name, String text) throws IOException {
        try (OutputStream stream = fs.create(new Path(dir, name), true)) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
