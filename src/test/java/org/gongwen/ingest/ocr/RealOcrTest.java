package org.gongwen.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A small real OCR run per engine. Both engines must be present (scripts/install-deps installs Tesseract; PaddleOCR
 * comes from Maven): a missing engine fails this test instead of skipping it.
 */
class RealOcrTest {
    @ParameterizedTest
    @EnumSource(value = OcrMode.class, names = {"PADDLE", "TESSERACT"})
    void readsA公文PageExactlyAfterRepair(OcrMode mode) throws IOException {
        ScannedPageReader reader = ScannedPageReader.builder().mode(mode).pageTimeoutSeconds(3600).build();
        Extraction out = reader.imageExtractor()
                .extract(new SourceFile("scan.png", TestPages.png(TestPages.page(TestPages.SCAN_LINES))));

        assertThat(out.problems()).isEmpty();
        ExtractedPage page = out.pages().get(0);
        assertThat(page.reader()).isEqualTo(mode.label());
        assertThat(page.text()).isEqualTo(String.join("\n", TestPages.SCAN_LINES));
        assertThat(page.confidence()).isBetween(mode.minConfidence(), 1.0);
    }

    /**
     * A page finer than 240 dpi is read by Tesseract scaled to 200 dpi, and its lines come back in the page's own
     * pixels: the test page's text starts 120 px from the left edge and its first baseline is at 160 px.
     */
    @Test
    void tesseractReadsAFinePageScaledDownAndGivesBoxesInThePagesPixels() throws IOException {
        BufferedImage drawn = TestPages.page(TestPages.SCAN_LINES);
        OcrEngine tesseract = new EngineFactory(OcrMode.TESSERACT, 3600).create();

        List<OcrLine> lines = tesseract.recognize(PageImage.of(drawn, 300));

        assertThat(lines).hasSize(TestPages.SCAN_LINES.size());
        assertThat(lines.get(1).text()).isEqualTo(TestPages.SCAN_LINES.get(1));
        assertThat(lines.get(0).x()).isBetween(110, 130);
        assertThat(lines.get(0).bottom()).isBetween(150, 185);
        assertThat(lines.get(3).right()).isLessThan(drawn.getWidth());
    }

    /** An image file's recorded 300 dpi sends it the same way through the whole reader. */
    @Test
    void aScanRecording300DpiIsReadExactlyByTesseract() throws IOException {
        ScannedPageReader reader = ScannedPageReader.builder().mode(OcrMode.TESSERACT).pageTimeoutSeconds(3600)
                .build();
        byte[] png = PageImageTest.pngAt(TestPages.page(TestPages.SCAN_LINES), 300);

        Extraction out = reader.imageExtractor().extract(new SourceFile("scan.png", png));

        assertThat(out.problems()).isEmpty();
        assertThat(out.pages().get(0).text()).isEqualTo(String.join("\n", TestPages.SCAN_LINES));
    }
}
