package org.gongwen.spark;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.gongwen.model.SourceFile;
import scala.Tuple2;

/**
 * The work of one partition of {@code binaryFiles(corpus)}: builds the per-document work once, then reads, processes
 * and writes each document in turn, so only one document's bytes are in memory at a time. Returns one
 * {@link PartitionReport}.
 */
final class PartitionWorker implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, PartitionReport> {
    private static final long serialVersionUID = 1L;

    private final WorkFactory factory;
    private final HadoopConf conf;
    private final String out;
    private final long maxFileBytes;
    private final Broadcast<Map<String, String>> duplicates;

    /**
     * @param duplicates for each path whose file name another path already uses, that other path (its record wins)
     */
    PartitionWorker(WorkFactory factory, HadoopConf conf, String out, long maxFileBytes,
            Broadcast<Map<String, String>> duplicates) {
        this.factory = factory;
        this.conf = conf;
        this.out = out;
        this.maxFileBytes = maxFileBytes;
        this.duplicates = duplicates;
    }

    @Override
    public Iterator<PartitionReport> call(Iterator<Tuple2<String, PortableDataStream>> files) throws IOException {
        GuardedWork work = new GuardedWork(factory);
        FileSystem fs = OutputFolder.fileSystem(out, conf.get());
        long records = 0;
        List<Failure> failures = new ArrayList<>();
        try (RecordFileWriter writer = new RecordFileWriter(fs, OutputFolder.path(out), attemptId())) {
            while (files.hasNext()) {
                Tuple2<String, PortableDataStream> file = files.next();
                GuardedWork.Outcome outcome = processOne(work, file._1(), file._2());
                if (outcome.failed()) {
                    failures.add(outcome.failure());
                } else {
                    writer.write(fileName(file._1()), outcome.json());
                    records++;
                }
            }
        }
        return List.of(new PartitionReport(records, failures)).iterator();
    }

    private GuardedWork.Outcome processOne(GuardedWork work, String path, PortableDataStream stream) {
        String name = fileName(path);
        SourceFile nameOnly = new SourceFile(name, new byte[0]);
        String winner = duplicates.value().get(path);
        if (winner != null) {
            return GuardedWork.failed(nameOnly, path, "spark", "duplicate-name",
                    "another file has the same name; its record is " + name + ".json (from " + winner + ")");
        }
        byte[] bytes;
        try {
            bytes = readAtMost(stream, maxFileBytes);
        } catch (IOException e) {
            return GuardedWork.failed(nameOnly, path, "read", "unreadable-input", e.toString());
        }
        if (bytes == null) {
            return GuardedWork.failed(nameOnly, path, "read", "too-large",
                    "larger than the limit of " + maxFileBytes + " bytes (--max-file-mb)");
        }
        return work.process(path, new SourceFile(name, bytes));
    }

    /** The file's bytes, or null when it is larger than {@code max}: a huge file is refused, not an OOM. */
    static byte[] readAtMost(PortableDataStream stream, long max) throws IOException {
        int limit = (int) Math.min(max + 1, Integer.MAX_VALUE - 16);
        try (DataInputStream in = stream.open()) {
            byte[] bytes = in.readNBytes(limit);
            return bytes.length > max ? null : bytes;
        }
    }

    /** The file name of a {@code binaryFiles} key ({@code hdfs://nn/corpus/2024/a.pdf} → {@code a.pdf}). */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static long attemptId() {
        TaskContext task = TaskContext.get();
        return task == null ? 0 : task.taskAttemptId();
    }
}
