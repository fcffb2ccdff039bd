package org.gongwen.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.gongwen.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongwen-spark}: gongwen's per-document pipeline on Apache Spark, for corpora larger than one machine.
 * Writes the same record files as {@code gongwen extract --out} ({@code <out>/<file name>.json}, byte for byte)
 * plus {@code failures.jsonl} and {@code failures.csv}, one row per document without a record.
 *
 * <pre>
 * spark-submit --class org.gongwen.spark.SparkRunner gongwen-spark.jar \
 *     --corpus hdfs://nn/archive/2024 --out hdfs://nn/gongwen/records
 * gongwen-spark --master local[*] --corpus corpus --out output/records -- build   # then publish on the driver
 * </pre>
 *
 * Exit status: 0 when every document has a record, 1 when some failed (see the failure rows), 2 on bad usage,
 * 70 when the job itself failed.
 */
@Command(name = "gongwen-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run gongwen's per-document pipeline on Apache Spark and write one JSON record per document.",
                "After the records are written, the arguments after -- run as a gongwen command on the driver,",
                "e.g. '-- build …' to publish the register, site and search index from the records."})
public final class SparkRunner implements Callable<Integer> {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int SOFTWARE = 70;

    @Spec
    CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (local[2], yarn, k8s://…, spark://…). Default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--corpus", required = true, paramLabel = "PATH|URI",
            description = "Folder of source documents, sub-folders included (local path, file://, hdfs://, …).")
    String corpus;

    @Option(names = "--out", required = true, paramLabel = "PATH|URI",
            description = "Folder for the records (<file name>.json) and failures.jsonl / failures.csv.")
    String out;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions to split the corpus into (default: three per executor core).")
    int partitions;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "512",
            description = "Larger files get a too-large failure row instead of being read (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--overwrite", description = "Replace the records and failure files of an earlier run in --out.")
    boolean overwrite;

    @Parameters(paramLabel = "GONGWEN-COMMAND", arity = "0..*",
            description = "A gongwen command run on the driver after the records are written (after --).")
    List<String> then = List.of();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests and embedding). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkRunner());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("gongwen-spark: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("GONGWEN_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return SOFTWARE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (maxFileMb <= 0 || partitions < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-mb must be > 0, --partitions >= 0");
        }
        CorpusJob.Result result;
        long started = System.nanoTime();
        long ready;
        try (JavaSparkContext spark = new JavaSparkContext(SparkSettings.configure(new SparkConf(), master))) {
            ready = System.nanoTime();
            result = new CorpusJob(spark, WorkFactory.CORE, maxFileMb << 20).run(corpus, out, partitions, overwrite);
        }
        report(result, (ready - started) / 1e9, (System.nanoTime() - ready) / 1e9);
        int status = result.failures().isEmpty() ? OK : SOME_FAILED;
        if (!then.isEmpty()) {
            int published = Main.run(then.toArray(String[]::new));
            status = Math.max(status, published);
        }
        return status;
    }

    /** One summary line (the benchmark reads it), then one line per failure. */
    private void report(CorpusJob.Result result, double startSeconds, double jobSeconds) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "gongwen-spark: %d records, %d failures in %.1f s (Spark start %.1f s) → %s%n",
                result.records(), result.failures().size(), jobSeconds, startSeconds, result.out());
        for (Failure f : result.failures()) {
            err.println("  " + f.path() + ": " + f.stage() + "/" + f.code() + ": " + f.reason());
        }
        err.flush();
    }
}
