package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongwen.cli.Main;
import org.gongwen.search.SearchIndex;
import org.gongwen.search.SearchQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest into a built archive (which reuses the build cache, the search word memo and the live search index's base
 * segment) publishes what a build from scratch of the final corpus publishes: records, Markdown, register and site
 * byte for byte, except the search index, which holds the new document in a delta segment and answers every query
 * exactly as the index built whole.
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
        Path baseShard = incremental.resolve("site/search/s/0.js");
        Object shardBefore = Files.readAttributes(baseShard, BasicFileAttributes.class).fileKey();
        assertThat(Main.run("ingest", "--corpus", corpus.toString(), "--out", incremental.toString(),
                arriving.toString())).isZero();
        Path scratch = tmp.resolve("scratch");
        assertThat(Main.run("build", "--corpus", corpus.toString(), "--out", scratch.toString())).isZero();

        Map<String, byte[]> expected = PublishedFiles.of(scratch);
        Map<String, byte[]> actual = PublishedFiles.of(incremental);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(without(actual, "site/search/")).containsOnlyKeys(without(expected, "site/search/").keySet());
        without(expected, "site/search/").forEach((path, bytes) -> assertThat(actual.get(path)).as(path)
                .isEqualTo(bytes));
        // the base segment's shards are the live ones, kept (hard-linked) unread; the new document is in the delta
        assertThat(Files.readAttributes(baseShard, BasicFileAttributes.class).fileKey()).isEqualTo(shardBefore);
        assertThat(actual.keySet()).anyMatch(p -> p.startsWith("site/search/d/"));
        assertThat(expected.keySet()).noneMatch(p -> p.startsWith("site/search/d/"));
        SearchIndex whole = SearchIndex.open(scratch.resolve("site"));
        SearchIndex segmented = SearchIndex.open(incremental.resolve("site"));
        List<String> queries = new java.util.ArrayList<>(SearchQueries.all());
        queries.addAll(List.of("中国人民银行令", "现金管理", "反假货币", "第九条", "行政许可"));
        for (String query : queries) {
            assertThat(segmented.search(query)).as(query).isEqualTo(whole.search(query));
        }
        assertThat(whole.search("中国人民银行")).hasSizeGreaterThan(3);
    }

    private static Map<String, byte[]> without(Map<String, byte[]> files, String prefix) {
        Map<String, byte[]> kept = new TreeMap<>(files);
        kept.keySet().removeIf(p -> p.startsWith(prefix));
        return kept;
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
        Map<String, byte[]> before = PublishedFiles.of(out);
        List<String> markdown = before.keySet().stream().filter(p -> p.startsWith("markdown/")).toList();
        assertThat(markdown).hasSize(2);
        Files.delete(out.resolve(markdown.get(0)));

        Files.copy(SAMPLE.resolve("pbc/tiaofasi_departmental_rule_000009_000.txt"),
                corpus.resolve("pbc/tiaofasi_departmental_rule_000009_000.txt"));
        assertThat(Main.run("build", "--corpus", corpus.toString(), "--out", out.toString())).isZero();

        Map<String, byte[]> after = PublishedFiles.of(out);
        assertThat(after.keySet().stream().filter(p -> p.startsWith("markdown/"))).hasSize(3);
        for (String file : markdown) {
            assertThat(after.get(file)).as(file).isEqualTo(before.get(file));
        }
    }
}
