package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongwen.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest into a built archive (which reuses the build cache and the search word memo) publishes exactly what a
 * build from scratch of the final corpus publishes: records, Markdown, register and site, byte for byte.
 */
class IncrementalBuildTest {
    private static final Path SAMPLE = Path.of("src/test/resources/fixtures/corpus-sample");

    @TempDir
    Path tmp;

    @Test
    void ingestingIntoABuiltArchiveGivesTheSameOutputAsAFullBuild() throws IOException {
        Path corpus = tmp.resolve("corpus");
        List<String> names = List.of("tiaofasi_departmental_rule_000001_000.txt",
                "tiaofasi_departmental_rule_000004_000.txt", "tiaofasi_normative_document_000002_000.txt",
                "tiaofasi_normative_document_000003_000.txt", "tiaofasi_normative_document_000004_000.txt",
                "zhengwugongkai_administrative_normative_documents_000004_000.txt");
        for (String name : names) {
            Files.createDirectories(corpus.resolve("pbc"));
            Files.copy(SAMPLE.resolve("pbc").resolve(name), corpus.resolve("pbc").resolve(name));
        }
        // the new circular is copied in under its 发文字号 and joins every archive-wide page, list and index
        Path arriving = Files.copy(SAMPLE.resolve("pbc/tiaofasi_departmental_rule_000009_000.txt"),
                Files.createDirectories(tmp.resolve("inbox")).resolve("new.txt"));
        Path incremental = tmp.resolve("incremental");
        assertThat(Main.run("build", "--corpus", corpus.toString(), "--out", incremental.toString())).isZero();
        assertThat(Main.run("ingest", "--corpus", corpus.toString(), "--out", incremental.toString(),
                arriving.toString())).isZero();
        Path scratch = tmp.resolve("scratch");
        assertThat(Main.run("build", "--corpus", corpus.toString(), "--out", scratch.toString())).isZero();

        Map<String, byte[]> expected = published(scratch);
        Map<String, byte[]> actual = published(incremental);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(expected).hasSizeGreaterThan(100);
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    /**
     * The Markdown of a document whose record did not change is neither rendered nor rewritten, but a file that went
     * missing from {@code markdown/} is written again at the next build that publishes.
     */
    @Test
    void aMissingMarkdownFileIsWrittenAgainByTheNextBuild() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("pbc"));
        for (String name : List.of("tiaofasi_departmental_rule_000001_000.txt",
                "tiaofasi_normative_document_000002_000.txt")) {
            Files.copy(SAMPLE.resolve("pbc").resolve(name), corpus.resolve("pbc").resolve(name));
        }
        Path out = tmp.resolve("out");
        assertThat(Main.run("build", "--corpus", corpus.toString(), "--out", out.toString())).isZero();
        Map<String, byte[]> before = published(out);
        List<String> markdown = before.keySet().stream().filter(p -> p.startsWith("markdown/")).toList();
        assertThat(markdown).hasSize(2);
        Files.delete(out.resolve(markdown.get(0)));

        Files.copy(SAMPLE.resolve("pbc/tiaofasi_departmental_rule_000009_000.txt"),
                corpus.resolve("pbc/tiaofasi_departmental_rule_000009_000.txt"));
        assertThat(Main.run("build", "--corpus", corpus.toString(), "--out", out.toString())).isZero();

        Map<String, byte[]> after = published(out);
        assertThat(after.keySet().stream().filter(p -> p.startsWith("markdown/"))).hasSize(3);
        for (String file : markdown) {
            assertThat(after.get(file)).as(file).isEqualTo(before.get(file));
        }
    }

    /** Every published file by output-relative path, the site read through its symlink; reports and caches left out. */
    private static Map<String, byte[]> published(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String dir : List.of("records", "markdown", "register", "site")) {
            Path root = out.resolve(dir).toRealPath();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    files.put(dir + "/" + root.relativize(f), Files.readAllBytes(f));
                }
            }
        }
        return files;
    }
}
