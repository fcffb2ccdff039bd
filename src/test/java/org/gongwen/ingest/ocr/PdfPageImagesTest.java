package org.gongwen.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PdfPageImagesTest {
    private static byte[] sampleScan() throws IOException {
        try (InputStream in = PdfPageImagesTest.class.getResourceAsStream("/fixtures/scan/sample-scan-300dpi.pdf")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aScannersPageGivesItsJpegUntouched() throws IOException {
        byte[] pdf = sampleScan();
        byte[] embedded;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDImageXObject image = (PDImageXObject) doc.getPage(0).getResources()
                    .getXObject(doc.getPage(0).getResources().getXObjectNames().iterator().next());
            try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                embedded = raw.readAllBytes();
            }
        }
        try (PdfPageImages images = PdfPageImages.open(pdf, 300)) {
            PageImage page = images.image(1);
            assertThat(page.format()).isEqualTo("jpeg");
            assertThat(page.suffix()).isEqualTo(".jpg");
            assertThat(Arrays.equals(page.bytes(), embedded)).as("the scanner's bytes, not re-encoded").isTrue();
            assertThat(page.bytes()[0] & 0xff).isEqualTo(0xFF);
            assertThat(page.bytes()[1] & 0xff).isEqualTo(0xD8);
            // the JPEG's pixels over the width it is drawn at (600 pt: img2pdf's page for the slightly rotated scan)
            assertThat(page.dpi()).isEqualTo(page.width() * 72f / 600f);
            assertThat(page.dpi()).isCloseTo(300f, within(0.1f));
        }
    }

    @Test
    void otherPagesAreRenderedGreyAt300DpiAsPng() throws IOException {
        // mixedPdf: page 2 is a lossless image over part of the page only, page 3 the same under a text layer
        try (PdfPageImages images = PdfPageImages.open(TestPages.mixedPdf(), 300)) {
            for (int n = 2; n <= 3; n++) {
                PageImage page = images.image(n);
                assertThat(page.format()).isEqualTo("png");
                assertThat(page.width()).isEqualTo(2480);
                assertThat(page.height()).isEqualTo(3507); // 841.89 pt at 300 dpi, rounded down by PDFBox
                assertThat(page.dpi()).isEqualTo(300f);
                assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(page.bytes())).getType())
                        .isEqualTo(java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            }
        }
    }
}
