package org.gongwen.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * One run over a corpus: {@code binaryFiles(corpus)} (sub-folders included) → {@link PartitionWorker} in
 * {@code mapPartitions} → record files in the output folder and the failure rows, sorted, written by the driver.
 *
 * <p>Two files with one name (seed/a.pdf and pbc/a.pdf) would write one record file: the first path in sorted order
 * keeps the name, the others get a {@code duplicate-name} failure row, so the outcome does not depend on task timing.
 */
final class CorpusJob {
    private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

    private final JavaSparkContext spark;
    private final WorkFactory factory;
    private final long maxFileBytes;

    CorpusJob(JavaSparkContext spark, WorkFactory factory, long maxFileBytes) {
        this.spark = spark;
        this.factory = factory;
        this.maxFileBytes = maxFileBytes;
    }

    /** What a run did. */
    record Result(String out, long records, List<Failure> failures) {
    }

    /**
     * @param partitions how many partitions to split the corpus into; 0 for three per core Spark offers, which keeps
     *                   every core busy while a slow (OCR-heavy) partition finishes
     */
    Result run(String corpus, String out, int partitions, boolean overwrite) throws IOException {
        Configuration hadoop = spark.hadoopConfiguration();
        hadoop.setBoolean(RECURSIVE, true);
        OutputFolder folder = OutputFolder.prepare(out, hadoop, overwrite);
        int minPartitions = partitions > 0 ? partitions : 3 * spark.defaultParallelism();
        JavaPairRDD<String, PortableDataStream> files = spark.binaryFiles(corpus, minPartitions);
        Broadcast<Map<String, String>> duplicates = spark.broadcast(duplicates(files));
        PartitionWorker worker = new PartitionWorker(factory, new HadoopConf(hadoop), folder.uri().toString(),
                maxFileBytes, duplicates);
        List<PartitionReport> reports = files.mapPartitions(worker).collect();
        long records = 0;
        List<Failure> failures = new ArrayList<>();
        for (PartitionReport report : reports) {
            records += report.records();
            failures.addAll(report.failures());
        }
        failures.sort(Failure.ORDER);
        folder.finish(failures);
        duplicates.destroy();
        return new Result(folder.uri().toString(), records, List.copyOf(failures));
    }

    /** For each path whose file name an earlier path (in sorted order) has, that earlier path. Lists, never reads. */
    private static Map<String, String> duplicates(JavaPairRDD<String, PortableDataStream> files) {
        List<Tuple2<String, Iterable<String>>> shared = files.keys()
                .mapToPair(path -> new Tuple2<>(PartitionWorker.fileName(path), path))
                .groupByKey()
                .filter(group -> count(group._2()) > 1)
                .collect();
        Map<String, String> losers = new HashMap<>();
        for (Tuple2<String, Iterable<String>> group : shared) {
            List<String> paths = new ArrayList<>();
            group._2().forEach(paths::add);
            paths.sort(null);
            paths.subList(1, paths.size()).forEach(path -> losers.put(path, paths.get(0)));
        }
        return losers;
    }

    private static int count(Iterable<String> paths) {
        int n = 0;
        for (String ignored : paths) {
            n++;
        }
        return n;
    }
}
