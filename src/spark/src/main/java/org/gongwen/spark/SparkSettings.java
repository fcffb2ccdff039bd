package org.gongwen.spark;

import org.apache.spark.SparkConf;

/**
 * The Spark settings gongwen needs, applied only where spark-submit or {@code --conf} did not set them.
 *
 * <p>OCR makes task times uneven: a partition of scans can take minutes while one of born-digital PDFs takes
 * seconds. Speculation re-launches a straggler elsewhere once most tasks are done, but only after it has run four
 * times the median and at least five minutes, so that honest long OCR partitions are not duplicated for nothing.
 * A task whose executor is lost (a node failure, a container killed for memory) is retried up to four times; a bad
 * document never fails its task (see {@link GuardedWork}). Local mode ({@code local[N]}) neither retries nor
 * speculates; use {@code local[N,F]} for F attempts.
 */
final class SparkSettings {
    private SparkSettings() {
    }

    static SparkConf configure(SparkConf conf, String master) {
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.master", "local[*]");
        conf.setIfMissing("spark.app.name", "gongwen");
        conf.setIfMissing("spark.task.maxFailures", "4");
        conf.setIfMissing("spark.speculation", "true");
        conf.setIfMissing("spark.speculation.quantile", "0.9");
        conf.setIfMissing("spark.speculation.multiplier", "4");
        conf.setIfMissing("spark.speculation.minTaskRuntime", "5min");
        // the console shows gongwen's own summary; Spark's progress bar would interleave with it
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        return conf;
    }
}
