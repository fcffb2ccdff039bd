package org.gongwen.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
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
}
