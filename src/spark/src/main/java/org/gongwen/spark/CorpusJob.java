package org.gongwen.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One run over a corpus: the driver lists it ({@link CorpusListing}) and splits it into partitions of about equal
 * bytes ({@link Batches}); {@link PartitionWorker} runs in {@code mapPartitions} and writes the record files; the
 * driver writes the failure rows, sorted.
 */
final class CorpusJob {
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
        OutputFolder folder = OutputFolder.prepare(out, hadoop, overwrite);
        CorpusListing listing = CorpusListing.list(OutputFolder.fileSystem(corpus, hadoop), OutputFolder.path(corpus));
        List<List<SourceEntry>> batches = Batches.plan(listing.unique(),
                partitions > 0 ? partitions : 3 * spark.defaultParallelism());
        PartitionWorker worker = new PartitionWorker(factory, new HadoopConf(hadoop), folder.uri().toString(),
                maxFileBytes);
        List<PartitionReport> reports = batches.isEmpty() ? List.of()
                : spark.parallelize(batches, batches.size()).mapPartitions(worker).collect();
        long records = 0;
        List<Failure> failures = new ArrayList<>(listing.duplicates());
        for (PartitionReport report : reports) {
            records += report.records();
            failures.addAll(report.failures());
        }
        failures.sort(Failure.ORDER);
        folder.finish(failures);
        return new Result(folder.uri().toString(), records, List.copyOf(failures));
    }
}
