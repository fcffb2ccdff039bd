package org.gongwen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.gongwen.model.SourceFile;
import org.gongwen.pipeline.DocumentProcessor;
import org.gongwen.pipeline.ProcessedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad document never crashes the job: a stack overflow, an out-of-memory error and a bug in the work on three
 * documents, and a file over the size limit, each give a failure row, inside real Spark tasks on {@code local[2]},
 * while the other documents of the same partitions get their records.
 */
class CorpusJobIT {
    @TempDir
    Path work;

    @Test
    void documentsThatBlowUpGetFailureRowsAndTheOthersRecords() throws IOException {
        Path corpus = work.resolve("corpus");
        Files.createDirectories(corpus);
        for (String name : List.of("a-ok.txt", "b-overflow.txt", "c-oom.txt", "d-bug.txt", "e-ok.txt")) {
            Files.writeString(corpus.resolve(name), TestCorpus.notice(), StandardCharsets.UTF_8);
        }
        Files.write(corpus.resolve("f-big.txt"), new byte[3000]);
        CorpusJob.Result result;
        SparkConf conf = SparkSettings.configure(new SparkConf(), "local[2]");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            result = new CorpusJob(spark, new Exploding(), 2000).run(corpus.toString(), work.resolve("out").toString(),
                    2, false);
        }
        assertThat(result.records()).isEqualTo(2);
        assertThat(result.failures()).extracting(Failure::file, Failure::stage, Failure::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("b-overflow.txt", "pipeline", "stack-overflow"),
                org.assertj.core.groups.Tuple.tuple("c-oom.txt", "pipeline", "out-of-memory"),
                org.assertj.core.groups.Tuple.tuple("d-bug.txt", "pipeline", "crash"),
                org.assertj.core.groups.Tuple.tuple("f-big.txt", "read", "too-large"));
        assertThat(work.resolve("out/a-ok.txt.json")).isNotEmptyFile();
        assertThat(work.resolve("out/e-ok.txt.json")).isNotEmptyFile();
    }

    /** The core's work, except on the documents named to blow up. */
    static final class Exploding implements WorkFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public Function<SourceFile, ProcessedDocument> create() {
            DocumentProcessor core = new DocumentProcessor();
            return file -> {
                if (file.name().contains("overflow")) {
                    return recurse(file);
                }
                if (file.name().contains("oom")) {
                    long[] heap = new long[Integer.MAX_VALUE - 8];
                    return heap.length == 0 ? null : core.process(file);
                }
                if (file.name().contains("bug")) {
                    throw new IllegalArgumentException("index 3 out of bounds for length 2");
                }
                return core.process(file);
            };
        }

        private static ProcessedDocument recurse(SourceFile file) {
            ProcessedDocument deeper = recurse(file);
            return deeper == null ? null : deeper;
        }
    }
}
