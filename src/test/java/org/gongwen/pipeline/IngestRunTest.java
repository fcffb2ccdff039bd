package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.json.RecordJson;
import org.gongwen.site.IngestReportPage.Entry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestRunTest {
    @TempDir
    Path tmp;

    private List<String> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("corpus"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private IngestRun.Result ingest(List<Path> inputs, List<List<Entry>> rebuilds) throws IOException {
        return new IngestRun(tmp.resolve("corpus"), tmp.resolve("output")).run(inputs, added -> {
            rebuilds.add(added);
            return "built";
        });
    }

    @Test
    void ingestingTheSameFileTwiceCopiesItOnce() throws IOException {
        Path file = Fixtures.copy("yunnan-2022-16.txt", tmp.resolve("inbox"), "通知.txt");
        List<List<Entry>> rebuilds = new ArrayList<>();
        IngestRun.Result first = ingest(List.of(file), rebuilds);
        Entry added = first.entries().get(0);
        assertThat(added.status()).isEqualTo("added");
        assertThat(corpusFiles()).containsExactly(added.corpusFile());
        assertThat(tmp.resolve("corpus").resolve(added.corpusFile())).hasBinaryContent(Fixtures.bytes("yunnan-2022-16.txt"));
        assertThat(added.corpusFile()).matches(".+_" + added.sha256().substring(0, 8) + "\\.txt");
        assertThat(first.build()).isEqualTo("built");

        IngestRun.Result second = ingest(List.of(file), rebuilds);
        assertThat(second.entries()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("skipped");
            assertThat(e.corpusFile()).isEqualTo(added.corpusFile());
            assertThat(e.note()).isEqualTo("identical to " + added.corpusFile() + " already in the corpus");
        });
        assertThat(second.build()).isNull();
        assertThat(rebuilds).hasSize(1);
        assertThat(corpusFiles()).containsExactly(added.corpusFile());
    }

    @Test
    void aCopyUnderAnotherNameInTheSameBatchIsSkipped() throws IOException {
        Path a = Fixtures.copy("yinfa-2015-40.txt", tmp.resolve("inbox"), "a.txt");
        Path b = Fixtures.copy("yinfa-2015-40.txt", tmp.resolve("inbox/sub"), "copy of a.TXT");
        Path bad = tmp.resolve("inbox/sub/picture.xyz");
        Files.writeString(bad, "?");
        IngestRun.Result result = ingest(List.of(tmp.resolve("inbox")), new ArrayList<>());
        assertThat(result.entries()).extracting(Entry::input, Entry::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(a.toString(), "added"),
                org.assertj.core.groups.Tuple.tuple(b.toString(), "skipped"),
                org.assertj.core.groups.Tuple.tuple(bad.toString(), "failed"));
        assertThat(result.entries().get(2).note()).isEqualTo("not ingested: no reader for .xyz files");
        assertThat(corpusFiles()).containsExactly(result.entries().get(0).corpusFile());
    }

    @Test
    void neverOverwritesOrRenamesWhatIsInTheCorpus() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path existing = Files.writeString(Files.createDirectories(corpus).resolve("old name.txt"), "旧文件");
        Path file = Fixtures.copy("yunnan-2022-16.txt", tmp.resolve("inbox"), "new.txt");
        ingest(List.of(file), new ArrayList<>());
        assertThat(existing).hasContent("旧文件");
        assertThat(corpusFiles()).hasSize(2).contains("old name.txt");
    }

    @Test
    void writesAJsonAndAnEscapedHtmlReport() throws IOException {
        Path file = Fixtures.copy("yunnan-2022-16.txt", tmp.resolve("inbox"), "<script>alert(1).txt");
        IngestRun.Result result = ingest(List.of(file), new ArrayList<>());
        assertThat(result.jsonReport().getParent()).isEqualTo(tmp.resolve("output/reports"));
        JsonNode json = RecordJson.mapper().readTree(result.jsonReport().toFile());
        assertThat(json.get("build").asText()).isEqualTo("built");
        assertThat(json.get("files").get(0).get("status").asText()).isEqualTo("added");
        assertThat(json.get("files").get(0).get("input").asText()).isEqualTo(file.toString());
        Document html = Jsoup.parse(result.htmlReport().toFile());
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("tbody tr td").first().text()).isEqualTo(file.toString());
        assertThat(html.select("tbody tr").first().hasClass("added")).isTrue();
    }
}
