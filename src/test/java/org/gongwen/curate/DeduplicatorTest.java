package org.gongwen.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeduplicatorTest {
    private final Deduplicator dedup = new Deduplicator();

    static String fixture(String name) throws IOException {
        try (InputStream in = DeduplicatorTest.class.getResourceAsStream("/fixtures/curate/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Simulated OCR: replaces {@code rate} of the letters with other CJK characters and drops some punctuation. */
    static String ocrNoise(String text, double rate, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) && random.nextDouble() < rate) {
                sb.append((char) (0x4E00 + random.nextInt(0x5000)));
            } else if (c == '，' && random.nextDouble() < 0.3) {
                sb.append(',');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource({"0.02,0.85", "0.05,0.70", "0.10,0.50"})
    void ocrOfTheSameTextStaysAboveTheThreshold(double errorRate, double atLeast) throws IOException {
        String text = fixture("yinfa-2015-40.txt");
        double sim = Shingles.of(text).jaccard(Shingles.of(ocrNoise(text, errorRate, 42)));
        assertThat(sim).isGreaterThanOrEqualTo(atLeast);
        if (errorRate <= 0.08) {
            assertThat(sim).isGreaterThanOrEqualTo(Deduplicator.SAME_DOCUMENT);
        }
    }

    @Test
    void differentDocumentsOfOneIssuerStayFarBelow() throws IOException {
        double sim = Shingles.of(fixture("yinfa-2015-40.txt")).jaccard(Shingles.of(fixture("yinfa-2013-30.txt")));
        assertThat(sim).isLessThan(0.25);
    }

    @Test
    void identicalBytesUnderTwoNamesAreOneDocument() {
        DocumentRecord a = Records.digital("a.txt", "正文").docNumber("银发〔2014〕168号").build();
        DocumentRecord copy = a.toBuilder().source(rename(a.source(), "copy of a.txt")).build();
        DedupResult result = dedup.deduplicate(List.of(copy, a));
        assertThat(result.documents()).singleElement().satisfies(d -> {
            assertThat(d.source().fileName()).isEqualTo("a.txt");
            assertThat(d.otherSources()).extracting(SourceInfo::fileName).containsExactly("copy of a.txt");
        });
        assertThat(result.duplicates()).containsExactly(
                new DedupResult.Duplicate("a.txt", List.of("copy of a.txt"), "same-bytes", 1.0));
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void pdfAndItsScanAreOneDocumentShowingTheBornDigitalText() throws IOException {
        String text = fixture("yinfa-2015-40.txt");
        DocumentRecord scan = Records.scanned("scan.pdf", ocrNoise(text, 0.04, 7), 0.93)
                .docNumber("银发〔2015〕40号").build();
        DocumentRecord pdf = Records.digital("digital.pdf", text).docNumber("银发[2015]40号").build();
        DocumentRecord other = Records.digital("other.txt", fixture("yinfa-2013-30.txt")).docNumber("银发〔2013〕30号")
                .build();
        DedupResult result = dedup.deduplicate(List.of(scan, other, pdf));
        assertThat(result.documents()).extracting(d -> d.source().fileName()).containsExactly("digital.pdf",
                "other.txt");
        assertThat(result.documents().get(0).otherSources()).extracting(SourceInfo::fileName)
                .containsExactly("scan.pdf");
        assertThat(result.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("same-document");
            assertThat(d.similarity()).isBetween(Deduplicator.SAME_DOCUMENT, 0.99);
        });
    }

    @Test
    void aScanOfTheFirstPagesJoinsTheFullDocument() throws IOException {
        String text = fixture("yinfa-2015-40.txt");
        DocumentRecord full = Records.digital("full.pdf", text).docNumber("银发〔2015〕40号").build();
        DocumentRecord firstPages = Records.scanned("pages-1-2.pdf", ocrNoise(text.substring(0, text.length() / 4),
                0.03, 3), 0.9).docNumber("银发〔2015〕40号").build();
        assertThat(Shingles.of(full.text()).jaccard(Shingles.of(firstPages.text()))).isLessThan(0.5);
        DedupResult result = dedup.deduplicate(List.of(firstPages, full));
        assertThat(result.documents()).singleElement().satisfies(d -> {
            assertThat(d.source().fileName()).isEqualTo("full.pdf");
            assertThat(d.otherSources()).extracting(SourceInfo::fileName).containsExactly("pages-1-2.pdf");
        });
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void aScanWhoseNumberOcrMisreadStillMeetsItsOriginalByTitle() throws IOException {
        String text = fixture("yinfa-2015-40.txt");
        String title = "中国人民银行关于印发《中国人民银行支付系统参与者监督管理办法》的通知";
        DocumentRecord pdf = Records.digital("a.pdf", text).docNumber("银发〔2015〕40号").title(title).build();
        DocumentRecord scan = Records.scanned("a-scan.pdf", ocrNoise(text, 0.02, 5), 0.99).docNumber("银发〔2015〕140号")
                .title(title).build();
        DedupResult result = dedup.deduplicate(List.of(scan, pdf));
        assertThat(result.documents()).singleElement().satisfies(d -> {
            assertThat(d.docNumber()).isEqualTo("银发〔2015〕40号");
            assertThat(d.otherSources()).extracting(SourceInfo::fileName).containsExactly("a-scan.pdf");
        });
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void anAmendedVersionWithItsOwnNumberIsNotMergedHoweverAlike() throws IOException {
        String text = fixture("yinfa-2015-40.txt");
        DocumentRecord old = Records.digital("2017.txt", text).docNumber("中国人民银行令〔2017〕第3号")
                .title("应收账款质押登记办法").build();
        DocumentRecord amended = Records.digital("2019.txt", text.replace("第一条", "第一条（修订）"))
                .docNumber("中国人民银行令〔2019〕第4号").title("应收账款质押登记办法").build();
        DedupResult result = dedup.deduplicate(List.of(old, amended));
        assertThat(result.documents()).hasSize(2);
        assertThat(result.duplicates()).isEmpty();
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void highConfidenceOcrBeatsLowConfidenceAndFewerWarningsBreakTies() {
        String text = "中国人民银行关于做好金融服务工作的通知正文内容";
        DocumentRecord low = Records.scanned("low.png", text, 0.6).title("关于做好金融服务工作的通知").build();
        DocumentRecord high = Records.scanned("high.png", text + "。", 0.9).title("关于做好金融服务工作的通知").build();
        assertThat(dedup.deduplicate(List.of(low, high)).documents()).singleElement()
                .satisfies(d -> assertThat(d.source().fileName()).isEqualTo("high.png"));
        DocumentRecord warned = Records.digital("warned.html", text).title("关于做好金融服务工作的通知")
                .warning(Problem.of("structure", "missing-date", "no date")).build();
        DocumentRecord clean = Records.digital("clean.doc", text).title("关于做好金融服务工作的通知").build();
        assertThat(dedup.deduplicate(List.of(warned, clean)).documents()).singleElement()
                .satisfies(d -> assertThat(d.source().fileName()).isEqualTo("clean.doc"));
    }

    @Test
    void differentDocumentsSharingANumberAreFlaggedNotMerged() throws IOException {
        DocumentRecord a = Records.digital("a.pdf", fixture("yinfa-2015-40.txt")).docNumber("银发〔2015〕40号").build();
        DocumentRecord b = Records.digital("b.pdf", fixture("yinfa-2013-30.txt")).docNumber("银发（2015）40号").build();
        DedupResult result = dedup.deduplicate(List.of(a, b));
        assertThat(result.documents()).hasSize(2);
        assertThat(result.duplicates()).isEmpty();
        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.docNumber()).isEqualTo("银发〔2015〕40号");
            assertThat(c.files()).containsExactly("a.pdf", "b.pdf");
            assertThat(c.similarity()).isLessThan(0.25);
        });
    }

    @Test
    void shortGenericTitlesWithoutNumberNeverGroup() {
        DocumentRecord a = Records.digital("a.txt", "同样的正文").title("通知").build();
        DocumentRecord b = Records.digital("b.txt", "同样的正文。").title("通知").build();
        assertThat(dedup.deduplicate(List.of(a, b)).documents()).hasSize(2);
    }

    private static SourceInfo rename(SourceInfo s, String name) {
        return new SourceInfo(name, s.sha256(), s.format(), s.bytes(), s.pageCount(), s.pages());
    }
}
