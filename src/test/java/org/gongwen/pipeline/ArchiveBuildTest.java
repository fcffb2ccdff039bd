package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.json.RecordJson;
import org.gongwen.model.Correction;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrections and duplicates through a real build: records, cache and site. */
class ArchiveBuildTest {
    private static final BuildRun.Listener QUIET = BuildRun.Listener.QUIET;

    @TempDir
    Path tmp;

    private BuildReport build() throws IOException {
        return new BuildRun(tmp.resolve("corpus"), tmp.resolve("output"), "", QUIET).run();
    }

    private DocumentRecord record(String path) throws IOException {
        return RecordJson.read(Files.readString(tmp.resolve("output/records/" + path + ".json")));
    }

    private Document onlyDocumentPage() throws IOException {
        try (Stream<Path> pages = Files.list(tmp.resolve("output/site/docs"))) {
            List<Path> all = pages.toList();
            assertThat(all).hasSize(1);
            return Jsoup.parse(all.get(0).toFile(), "UTF-8");
        }
    }

    @Test
    void correctionSurvivesAFullRebuildAfterTheCacheIsDeleted() throws Exception {
        Path source = Fixtures.copy("yinfa-2015-40.txt", tmp.resolve("corpus"), "a.txt");
        build();
        String extracted = record("a.txt").docNumber();
        new FixRun().run(source, new FixRun.Request(List.of("docNumber=银发[2015]41号", "date=2015-02-10"), List.of(),
                List.of(), List.of()));
        BuildReport report = build();
        assertThat(report.corrections()).isEqualTo(2);
        assertCorrected(extracted);
        assertThat(cacheTexts()).as("the cache holds the uncorrected record").noneMatch(t -> t.contains("银发〔2015〕41号"));

        deleteTree(tmp.resolve("output/.cache"));
        report = build();
        assertThat(report.extracted()).isEqualTo(1);
        assertCorrected(extracted);
    }

    private void assertCorrected(String extracted) throws IOException {
        DocumentRecord r = record("a.txt");
        assertThat(r.docNumber()).isEqualTo("银发〔2015〕41号");
        assertThat(r.date()).isEqualTo("2015-02-10");
        assertThat(r.corrections()).extracting(Correction::field, Correction::extracted, Correction::corrected,
                Correction::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("docNumber", extracted, "银发〔2015〕41号", "applied"),
                org.assertj.core.groups.Tuple.tuple("date", r.corrections().get(1).extracted(), "2015-02-10",
                        "applied"));
        Document page = onlyDocumentPage();
        assertThat(page.select("table.meta").text()).contains("银发〔2015〕41号", "2015-02-10");
        assertThat(page.select("p.corrections").text()).startsWith("人工校正：发文字号（原识别为 ");
    }

    @Test
    void identicalFilesAreOneDocumentLinkingBothOriginals() throws Exception {
        Fixtures.copy("yunnan-2022-16.txt", tmp.resolve("corpus"), "a.txt");
        Fixtures.copy("yunnan-2022-16.txt", tmp.resolve("corpus/inbox"), "copy of a.txt");
        BuildReport report = build();
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(record("a.txt").otherSources()).extracting(SourceInfo::fileName).containsExactly("copy of a.txt");
        assertThat(record("inbox/copy of a.txt").source().fileName()).isEqualTo("copy of a.txt");   // every source keeps its record
        assertThat(record("inbox/copy of a.txt").otherSources()).isEmpty();
        Document page = onlyDocumentPage();
        List<String> links = page.select("a.original").eachAttr("href");
        assertThat(links).hasSize(2);
        assertThat(page.select("a.other-source").text()).isEqualTo("其他版本（copy of a.txt）");
        for (String href : links) {
            assertThat(tmp.resolve("output/site/docs").resolve(href).normalize())
                    .hasBinaryContent(Fixtures.bytes("yunnan-2022-16.txt"));
        }
    }

    private List<String> cacheTexts() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("output/.cache/records"))) {
            return files.map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
