package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.api.Test;

/** A scan that cannot be OCRed is still archived, with a warning that says what to do. */
class DocumentProcessorOcrTest {
    @Test
    void scanWithoutOcrIsArchivedAndReportedAsNeedingOcr() throws IOException {
        BufferedImage blank = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", png);

        ProcessedDocument doc = new DocumentProcessor(OcrMode.OFF).process(new SourceFile("scan.png", png.toByteArray()));

        assertThat(doc.failed()).isFalse();
        assertThat(doc.record().source().pages()).extracting(p -> p.needsOcr()).containsExactly(true);
        assertThat(doc.record().warnings()).extracting(Problem::code)
                .containsExactly("needs-ocr", "missing-title", "missing-doc-number", "missing-issuer", "missing-date");
        assertThat(doc.record().warnings().get(0).message()).endsWith("needs OCR: OCR is off (--ocr off)");
    }
}
