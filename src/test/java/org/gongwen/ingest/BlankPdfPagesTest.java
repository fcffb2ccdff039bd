package org.gongwen.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.api.Test;

class BlankPdfPagesTest {
    private final PdfTextExtractor extractor = new PdfTextExtractor();

    @Test
    void aPdfOfOnlyBlankPagesHasNoTextAndIsNotSentToOcr() throws IOException {
        byte[] pdf = pdf(false, false, false);
        assertThatThrownBy(() -> extractor.extract(new SourceFile("空白.pdf", pdf)))
                .isInstanceOf(IOException.class).hasMessage("no text: all 3 pages of the PDF are blank");
    }

    @Test
    void aScannedPageGoesToOcrAndABlankPageBesideItDoesNot() throws IOException {
        Extraction read = extractor.extract(new SourceFile("扫描.pdf", pdf(true, false)));

        assertThat(read.pages()).extracting(ExtractedPage::number, ExtractedPage::needsOcr, ExtractedPage::text)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, true, ""),
                        org.assertj.core.api.Assertions.tuple(2, false, ""));
    }

    /** One page per flag: with a picture (as a scan has) or blank. */
    private static byte[] pdf(boolean... pictures) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (boolean picture : pictures) {
                PDPage page = new PDPage();
                document.addPage(page);
                if (picture) {
                    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.drawImage(LosslessFactory.createFromImage(document, image), 50, 50, 400, 200);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

}
