package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.json.RecordJson;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceInfo;
import org.gongwen.site.IngestReportPage.Entry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A born-digital PDF and an image-only scan of its first two pages (OCRed; its 发文字号 may even be misread) are one
 * document: the PDF's text is shown and both originals are linked from the page.
 */
class ScanDuplicateBuildTest {
    private static final BuildRun.Listener QUIET = BuildRun.Listener.QUIET;

    @TempDir
    Path tmp;

    private static Path copy(String resource, Path dir, String as) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = ScanDuplicateBuildTest.class.getResourceAsStream(resource)) {
            return Files.write(dir.resolve(as), in.readAllBytes());
        }
    }

    @Test
    void aPdfAndItsScanIngestedOneAfterTheOtherAreOneDocument() throws IOException {
        Path pdf = copy("/fixtures/workflow/sample.pdf", tmp.resolve("inbox"), "sample.pdf");
        Path scan = copy("/fixtures/scan/sample-scan-300dpi.pdf", tmp.resolve("inbox"), "scan.pdf");
        Path corpus = tmp.resolve("corpus");
        Path out = tmp.resolve("output");
        List<String> builds = new ArrayList<>();
        IngestRun.Rebuild rebuild = added -> {
            BuildReport r = new BuildRun(corpus, out, "", QUIET).run();
            builds.add(r.documents() + " sources, " + r.duplicates() + " merged");
            return builds.get(builds.size() - 1);
        };
        Entry first = new IngestRun(corpus, out).run(List.of(pdf), rebuild).entries().get(0);
        Entry second = new IngestRun(corpus, out).run(List.of(scan), rebuild).entries().get(0);
        assertThat(first.status()).isEqualTo("added");
        assertThat(first.docNumber()).isEqualTo("云产改办〔2022〕16号");
        assertThat(first.corpusFile()).startsWith("云产改办〔2022〕16号_").endsWith(".pdf");
        assertThat(second.status()).isEqualTo("added");
        assertThat(second.note()).isEqualTo("same document as " + first.corpusFile()
                + ": that text is shown, this file is linked as another version");
        assertThat(builds).containsExactly("1 sources, 0 merged", "2 sources, 1 merged");
        JsonNode files = RecordJson.mapper().readTree(out.resolve("build-report.json").toFile()).get("files");
        assertThat(files.findValuesAsText("mergedInto")).containsExactly(first.corpusFile());

        DocumentRecord record = RecordJson.read(Files.readString(out.resolve("records/" + first.corpusFile() + ".json")));
        assertThat(record.docNumber()).isEqualTo("云产改办〔2022〕16号");
        assertThat(record.source().fileName()).isEqualTo(first.corpusFile());
        assertThat(record.otherSources()).extracting(SourceInfo::fileName).containsExactly(second.corpusFile());
        assertThat(record.otherSources().get(0).pages()).allMatch(p -> p.confidence() >= 0);
        assertThat(RecordJson.read(Files.readString(out.resolve("records/" + second.corpusFile() + ".json")))
                .source().pages()).allMatch(p -> p.confidence() >= 0);       // the scan keeps its own record
        try (Stream<Path> pages = Files.list(out.resolve("site/docs"))) {
            Path page = pages.filter(p -> p.getFileName().toString().startsWith("云产改办-2022-16号")).findFirst()
                    .orElseThrow();
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertThat(doc.select("a.original").eachAttr("href")).hasSize(2);
            for (String href : doc.select("a.original").eachAttr("href")) {
                assertThat(page.getParent().resolve(href).normalize()).isRegularFile();
            }
        }
    }

    @Test
    void ocrTimesGoToTheBuildReportNotToTheRecord() throws IOException {
        Path corpus = tmp.resolve("corpus");
        copy("/fixtures/scan/sample-scan-300dpi.pdf", corpus, "scan.pdf");
        Path out = tmp.resolve("output");
        new BuildRun(corpus, out, "", QUIET).run();

        JsonNode file = RecordJson.mapper().readTree(out.resolve("build-report.json").toFile()).get("files").get(0);
        assertThat(file.get("fromCache").asBoolean()).isFalse();
        JsonNode ocr = file.get("ocrPages");
        assertThat(ocr).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(ocr.get(i).get("page").asInt()).isEqualTo(i + 1);
            assertThat(ocr.get(i).get("engine").asText()).isEqualTo("paddle");
            assertThat(ocr.get(i).get("confidence").asDouble()).isGreaterThan(0.9);
            assertThat(ocr.get(i).get("seconds").asDouble()).isGreaterThan(0);
        }
        assertThat(Files.readString(out.resolve("records/scan.pdf.json"))).doesNotContain("\"seconds\"");

        new BuildRun(corpus, out, "", QUIET).run(); // from the cache: nothing OCRed in this build
        JsonNode again = RecordJson.mapper().readTree(out.resolve("build-report.json").toFile()).get("files").get(0);
        assertThat(again.get("fromCache").asBoolean()).isTrue();
        assertThat(again.has("ocrPages")).isFalse();
    }

    /**
     * The OCR engine keys the cache: a scan built with OCR off (pages kept empty, needs-ocr) is read by OCR when the
     * next build turns it on, and a record still waiting for OCR while OCR is on is not kept (it is read again).
     */
    @Test
    void turningOcrOnReadsAScanBuiltWithOcrOff() throws IOException {
        Path corpus = tmp.resolve("corpus");
        copy("/fixtures/scan/sample-scan-300dpi.pdf", corpus, "scan.pdf");
        Path out = tmp.resolve("output");
        new BuildRun(corpus, out, "", QUIET, DocumentLimits.defaults(), OcrMode.OFF).run();
        DocumentRecord off = RecordJson.read(Files.readString(out.resolve("records/scan.pdf.json")));
        assertThat(off.text()).isEmpty();
        assertThat(off.warnings()).extracting(Problem::code).contains("needs-ocr");

        new BuildRun(corpus, out, "", QUIET).run();

        DocumentRecord on = RecordJson.read(Files.readString(out.resolve("records/scan.pdf.json")));
        assertThat(on.docNumber()).startsWith("云产改办〔2022〕");
        assertThat(on.warnings()).extracting(Problem::code).doesNotContain("needs-ocr");
        JsonNode file = RecordJson.mapper().readTree(out.resolve("build-report.json").toFile()).get("files").get(0);
        assertThat(file.get("fromCache").asBoolean()).isFalse();
    }

    @Test
    void aRecordWaitingForOcrIsNotCachedWhileOcrIsOn() throws IOException {
        BuildCache cache = new BuildCache(tmp.resolve("cache"), "v", OcrMode.PADDLE, BuildMemory.empty());
        SourceInfo source = new SourceInfo("scan.pdf", "abc", "pdf", 3, 1,
                List.of(new SourceInfo.PageOrigin(1, "image", true, -1)));
        DocumentRecord waiting = DocumentRecord.builder("", source)
                .warnings(List.of(new Problem("ocr", "needs-ocr", "needs OCR: install …", 1))).build();
        String key = cache.key("abc", "scan.pdf");

        assertThat(cache.put(key, waiting)).isNull();
        assertThat(cache.get(key)).isEmpty();

        BuildCache off = new BuildCache(tmp.resolve("cache"), "v", OcrMode.OFF, BuildMemory.empty());
        assertThat(off.key("abc", "scan.pdf")).isNotEqualTo(key);
        assertThat(off.put(off.key("abc", "scan.pdf"), waiting)).isNotNull();
        assertThat(off.get(off.key("abc", "scan.pdf"))).isPresent();
    }
}
