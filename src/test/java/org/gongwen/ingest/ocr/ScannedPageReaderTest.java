package org.gongwen.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.gongwen.model.SourceInfo;
import org.junit.jupiter.api.Test;

class ScannedPageReaderTest {
    /** What the PDF reader makes of {@link TestPages#mixedPdf()}: page 3's mojibake layer is marked unusable. */
    private static Extraction pdfReaderOutput() {
        List<ExtractedPage> pages = List.of(
                ExtractedPage.text(1, "Page one has a text layer", "pdfbox"),
                new ExtractedPage(2, "", "pdfbox", true, -1),
                new ExtractedPage(3, "ÔÆ²ú¸Ä°ì", "pdfbox", true, -1));
        List<SourceInfo.PageOrigin> origins = List.of(new SourceInfo.PageOrigin(1, "pdfbox", false, -1),
                new SourceInfo.PageOrigin(2, "pdfbox", true, -1), new SourceInfo.PageOrigin(3, "pdfbox", true, -1));
        List<Problem> problems = List.of(
                new Problem("ingest", "needs-ocr", "page 2 has no usable text layer: needs OCR", 2),
                new Problem("ingest", "needs-ocr", "page 3 has no usable text layer: needs OCR", 3));
        return new Extraction(new SourceInfo("mixed.pdf", "abc", "pdf", 100, 3, origins), pages, Map.of(), problems);
    }

    private static ScannedPageReader reader(EngineFactory factory) {
        return ScannedPageReader.builder().engineFactory(factory).build();
    }

    @Test
    void ocrsOnlyThePagesWithoutUsableTextAndReplacesMojibake() throws IOException {
        TestPages.FakeEngine engine = new TestPages.FakeEngine(0.95);
        Extraction out = reader(TestPages.factoryOf(engine))
                .ocrPages(new SourceFile("mixed.pdf", TestPages.mixedPdf()), pdfReaderOutput());

        assertThat(engine.widths).containsExactly(2480, 2480); // pages 2 and 3, A4 at 300 dpi
        assertThat(out.pages()).extracting(ExtractedPage::text)
                .containsExactly("Page one has a text layer", "扫描页正文", "扫描页正文");
        assertThat(out.pages()).extracting(ExtractedPage::reader).containsExactly("pdfbox", "fake", "fake");
        assertThat(out.pages()).extracting(ExtractedPage::needsOcr).containsExactly(false, false, false);
        assertThat(out.source().pages()).extracting(SourceInfo.PageOrigin::reader)
                .containsExactly("pdfbox", "fake", "fake");
        assertThat(out.source().pages().get(1).confidence()).isCloseTo(0.95, within(1e-9));
        assertThat(out.source().pages().get(1).seconds()).isGreaterThanOrEqualTo(0);
        assertThat(out.source().pages().get(0).seconds()).isEqualTo(-1);
        assertThat(out.problems()).as("the reader's needs-ocr problems are answered by OCR").isEmpty();
    }

    @Test
    void listsPagesUnderTheConfidenceThreshold() throws IOException {
        Extraction out = reader(TestPages.factoryOf(new TestPages.FakeEngine(0.5)))
                .ocrPages(new SourceFile("mixed.pdf", TestPages.mixedPdf()), pdfReaderOutput());
        assertThat(out.problems()).containsExactly(
                new Problem("ocr", "low-ocr-confidence",
                        "page 2: OCR confidence 0.50 (fake) is below 0.85; proof-read this page", 2),
                new Problem("ocr", "low-ocr-confidence",
                        "page 3: OCR confidence 0.50 (fake) is below 0.85; proof-read this page", 3));
    }

    @Test
    void missingEngineKeepsTheDocumentAndSaysWhatToInstall() throws IOException {
        Extraction out = reader(TestPages.missing())
                .ocrPages(new SourceFile("mixed.pdf", TestPages.mixedPdf()), pdfReaderOutput());
        assertThat(out.pages()).extracting(ExtractedPage::needsOcr).containsExactly(false, true, true);
        assertThat(out.pages().get(0).text()).isEqualTo("Page one has a text layer");
        assertThat(out.problems()).containsExactly(
                new Problem("ingest", "needs-ocr", "page 2 has no usable text layer: needs OCR", 2),
                new Problem("ingest", "needs-ocr", "page 3 has no usable text layer: needs OCR", 3),
                new Problem("ocr", "needs-ocr", "2 page(s) without a text layer were not read (first: page 2): needs OCR: "
                        + "tesseract is not installed: install tesseract-ocr tesseract-ocr-chi-sim", 2));
    }

    @Test
    void leavesExtractionsWithoutScannedPagesAlone() {
        Extraction text = new Extraction(new SourceInfo("a.txt", "x", "txt", 1, 1, List.of()),
                List.of(ExtractedPage.text(1, "正文", "text")), Map.of(), List.of());
        TestPages.FakeEngine engine = new TestPages.FakeEngine(0.9);
        assertThat(reader(TestPages.factoryOf(engine)).ocrPages(new SourceFile("a.txt", new byte[0]), text))
                .isSameAs(text);
        assertThat(engine.widths).isEmpty();
    }

    @Test
    void readsEveryFrameOfAMultiPageTiff() throws IOException {
        TestPages.FakeEngine engine = new TestPages.FakeEngine(0.9);
        BufferedImage frame = TestPages.page(List.of("第一页"));
        Extraction out = reader(TestPages.factoryOf(engine)).imageExtractor()
                .extract(new SourceFile("fax.TIF", tiff(frame, frame)));
        assertThat(out.source().format()).isEqualTo("tiff");
        assertThat(out.source().pageCount()).isEqualTo(2);
        assertThat(out.pages()).extracting(ExtractedPage::text).containsExactly("扫描页正文", "扫描页正文");
        assertThat(engine.widths).hasSize(2);
    }

    @Test
    void imagesWithoutOcrAreKeptAsPagesThatNeedOcr() throws IOException {
        Extraction out = ScannedPageReader.builder().mode(OcrMode.OFF).build().imageExtractor()
                .extract(new SourceFile("scan.png", TestPages.png(TestPages.page(TestPages.SCAN_LINES))));
        assertThat(out.pages()).extracting(ExtractedPage::needsOcr).containsExactly(true);
        assertThat(out.problems()).extracting(Problem::message).containsExactly(
                "1 page(s) without a text layer were not read (first: page 1): needs OCR: OCR is off (--ocr off)");
    }

    @Test
    void builderRejectsImpossibleSettings() {
        assertThatThrownBy(() -> ScannedPageReader.builder().threads(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("threads must be at least 1");
        assertThatThrownBy(() -> ScannedPageReader.builder().minConfidence(1.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minConfidence must be in [0,1]");
    }

    private static byte[] tiff(BufferedImage... frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        }
        writer.dispose();
        return bytes.toByteArray();
    }
}
