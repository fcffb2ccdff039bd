package org.gongwen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongwen.json.RecordJson;
import org.gongwen.model.SourceFile;
import org.gongwen.pipeline.DocumentProcessor;
import org.gongwen.pipeline.ProcessedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner on {@code local[2]} over a mixed handful of documents, checked against the local runner's work
 * done in this test: {@link DocumentProcessor} and {@link RecordJson} on the same bytes. Whatever the readers and
 * OCR engines of the day make of each file, Spark must write the same bytes, or the same failure.
 */
class SparkRunnerIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static Path corpus;
    static Path out;
    static int status;

    @BeforeAll
    static void runOnLocalTwo() throws IOException {
        corpus = work.resolve("corpus");
        out = work.resolve("output").resolve("records");
        TestCorpus.write(corpus);
        status = SparkRunner.run("--master", "local[2]", "--corpus", corpus.toString(), "--out", out.toString(),
                "--partitions", "3");
    }

    @Test
    void recordsAreByteIdenticalToTheLocalRunnersAndFailuresMatchItsReasons() throws IOException {
        Map<String, String> rows = failureRowsByPath();
        DocumentProcessor processor = new DocumentProcessor();
        for (Path file : corpusFiles()) {
            if (file.startsWith(corpus.resolve("zz-copies"))) {
                continue; // the duplicate name: see duplicateNamesKeepTheFirstPathInSortedOrder
            }
            String name = file.getFileName().toString();
            ProcessedDocument local = processor.process(new SourceFile(name, Files.readAllBytes(file)));
            Path record = out.resolve(name + ".json");
            if (local.failed()) {
                assertThat(record).doesNotExist();
                assertThat(rows.get(file.toString())).isEqualTo(String.join("|", name,
                        local.failure().stage(), local.failure().code(), local.failure().message()));
            } else {
                assertThat(Files.readAllBytes(record))
                        .isEqualTo(RecordJson.write(local.record()).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void theBrokenFileHasAFailureRowAndTheRunSaysSo() throws IOException {
        assertThat(failureRowsByPath()).containsKey(corpus.resolve("broken").resolve(TestCorpus.BROKEN).toString());
        assertThat(out.resolve(TestCorpus.BROKEN + ".json")).doesNotExist();
        assertThat(status).isEqualTo(SparkRunner.SOME_FAILED);
    }

    @Test
    void theTextDocumentsHaveRecords() {
        assertThat(out.resolve(TestCorpus.SEED + ".json")).isNotEmptyFile();
        assertThat(out.resolve(TestCorpus.NOTICE + ".json")).isNotEmptyFile();
    }

    @Test
    void duplicateNamesKeepTheFirstPathInSortedOrder() throws IOException {
        String loser = corpus.resolve("zz-copies").resolve(TestCorpus.SEED).toString();
        String winner = corpus.resolve("seed").resolve(TestCorpus.SEED).toString();
        assertThat(failureRowsByPath().get(loser)).startsWith(TestCorpus.SEED + "|spark|duplicate-name|")
                .contains(winner);
    }

    @Test
    void theFolderHoldsRecordsAndFailureFilesOnly() throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.endsWith(".json") || n.equals("failures.jsonl") || n.equals("failures.csv"));
        }
        List<String> csv = Files.readAllLines(out.resolve("failures.csv"));
        assertThat(csv.get(0)).isEqualTo("\uFEFFfile,path,stage,code,reason");
        assertThat(csv).hasSize(1 + failureRowsByPath().size());
    }

    @Test
    void aSecondRunRefusesTheFullFolderAndWithOverwriteWritesTheSameBytes() throws IOException {
        Map<String, byte[]> first = snapshot(out);
        assertThat(SparkRunner.run("--master", "local[2]", "--corpus", corpus.toString(), "--out", out.toString()))
                .isEqualTo(SparkRunner.SOFTWARE);
        assertThat(snapshot(out)).containsOnlyKeys(first.keySet());
        assertThat(SparkRunner.run("--master", "local[2]", "--corpus", corpus.toString(), "--out", out.toString(),
                "--overwrite", "--partitions", "1")).isEqualTo(SparkRunner.SOME_FAILED);
        Map<String, byte[]> second = snapshot(out);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    /** path → "file|stage|code|reason", from failures.jsonl (whose rows must be sorted by file, then path). */
    private static Map<String, String> failureRowsByPath() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        List<String> order = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("failures.jsonl"))) {
            JsonNode row = JSON.readTree(line);
            String path = uriPath(row.get("path").asText());
            rows.put(path, String.join("|", row.get("file").asText(), row.get("stage").asText(),
                    row.get("code").asText(), row.get("reason").asText()));
            order.add(row.get("file").asText() + "\u0000" + path);
        }
        assertThat(order).isSorted();
        return rows;
    }

    /** The local path of a Hadoop path string ({@code file:/tmp/x/a.pdf} → {@code /tmp/x/a.pdf}). */
    private static String uriPath(String hadoopPath) {
        return hadoopPath.startsWith("file:") ? hadoopPath.substring("file:".length()) : hadoopPath;
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
