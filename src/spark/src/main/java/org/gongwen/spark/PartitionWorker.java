package org.gongwen.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.gongwen.model.SourceFile;

/**
 * The work of one partition: builds the per-document work once, then reads (streamed from the file system, one
 * document's bytes in memory at a time), processes and writes each document in turn. Returns one
 * {@link PartitionReport}.
 */
final class PartitionWorker implements FlatMapFunction<Iterator<List<SourceEntry>>, PartitionReport> {
    private static final long serialVersionUID = 1L;

    private final WorkFactory factory;
    private final HadoopConf conf;
    private final String out;
    private final long maxFileBytes;

    PartitionWorker(WorkFactory factory, HadoopConf conf, String out, long maxFileBytes) {
        this.factory = factory;
        this.conf = conf;
        this.out = out;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public Iterator<PartitionReport> call(Iterator<List<SourceEntry>> batches) throws IOException {
        GuardedWork work = new GuardedWork(factory);
        Configuration hadoop = conf.get();
        long records = 0;
        List<Failure> failures = new ArrayList<>();
        try (RecordFileWriter writer = new RecordFileWriter(OutputFolder.fileSystem(out, hadoop),
                OutputFolder.path(out), attemptId())) {
            while (batches.hasNext()) {
                for (SourceEntry file : batches.next()) {
                    GuardedWork.Outcome outcome = processOne(work, hadoop, file);
                    if (outcome.failed()) {
                        failures.add(outcome.failure());
                    } else {
                        writer.write(file.name(), outcome.json());
                        records++;
                    }
                }
            }
        }
        return List.of(new PartitionReport(records, failures)).iterator();
    }

    private GuardedWork.Outcome processOne(GuardedWork work, Configuration hadoop, SourceEntry file) {
        SourceFile nameOnly = new SourceFile(file.name(), new byte[0]);
        if (file.length() > maxFileBytes) {
            return tooLarge(nameOnly, file);
        }
        byte[] bytes;
        try {
            bytes = readAtMost(hadoop, file.hadoopPath(), maxFileBytes);
        } catch (IOException | RuntimeException e) {
            return GuardedWork.failed(nameOnly, file.path(), "read", "unreadable-input", e.toString());
        }
        if (bytes == null) {
            return tooLarge(nameOnly, file);
        }
        return work.process(file.path(), new SourceFile(file.name(), bytes));
    }

    private GuardedWork.Outcome tooLarge(SourceFile nameOnly, SourceEntry file) {
        return GuardedWork.failed(nameOnly, file.path(), "read", "too-large",
                "larger than the limit of " + maxFileBytes + " bytes (--max-file-mb)");
    }

    /** The file's bytes, or null when it has grown past {@code max} since it was listed: refused, not an OOM. */
    static byte[] readAtMost(Configuration conf, Path file, long max) throws IOException {
        int limit = (int) Math.min(max + 1, Integer.MAX_VALUE - 16);
        FileSystem fs = file.getFileSystem(conf);
        try (InputStream in = fs.open(file)) {
            byte[] bytes = in.readNBytes(limit);
            return bytes.length > max ? null : bytes;
        }
    }

    private static long attemptId() {
        TaskContext task = TaskContext.get();
        return task == null ? 0 : task.taskAttemptId();
    }
}
