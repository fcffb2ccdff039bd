package org.gongwen.ingest;

import org.gongwen.ingest.ocr.OcrMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.api.Test;

class PdfTextExtractorTest {
    private static final int SAMPLE_PAGES = 17;
    private final Ingestor ingestor = new Ingestor(OcrMode.OFF);

    @Test
    void readsTheSamplePdfPageByPageWithoutPageNumbers() {
        Extraction e = ingestor.extract(Fixtures.file("pdf/sample.pdf"));
        assertThat(e.problems()).isEmpty();
        assertThat(e.source().format()).isEqualTo("pdf");
        assertThat(e.source().pageCount()).isEqualTo(SAMPLE_PAGES);
        assertThat(e.pages()).hasSize(SAMPLE_PAGES).allMatch(p -> p.reader().equals("pdfbox") && !p.needsOcr());
        assertThat(e.pages().get(0).text()).startsWith("\n云南省新时期产业工人队伍建设改革\n工作协调领导小组办公室文件\n\n"
                + "云产改办〔2022〕16 号\n\n关于印发王树芬同志在云南省产业工人队伍\n建设改革工作专题研修班上的讲话的通知\n\n"
                + "各（州）市和省级产业系统公司产业工人队伍建设改革工作领\n导机构、");
        for (ExtractedPage page : e.pages()) {
            assertThat(page.text()).doesNotContainPattern("— ?\\d+ ?—");
        }
        assertThat(e.metadata().get("pdf:Producer")).startsWith("LibreOffice");
    }

    @Test
    void keepsTheTextOfEveryPageInOrder() {
        Extraction e = ingestor.extract(Fixtures.file("pdf/sample.pdf"));
        String all = e.joinedText().replaceAll("\\s", "");
        String source = new String(Fixtures.bytes("txt/000_094778415718fb40.txt"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s", "");
        assertThat(all).isEqualTo(source);
    }

    @Test
    void marksPagesWithoutTextAndWithMojibakeForOcr() throws IOException {
        byte[] pdf;
        try (PDDocument doc = Loader.loadPDF(Fixtures.bytes("pdf/sample.pdf"))) {
            // a scanned page: a picture and no text (a page with nothing on it at all is blank, not a scan)
            PDPage scan = new PDPage(PDRectangle.A4);
            doc.addPage(scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, scan)) {
                content.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
                        new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_BYTE_GRAY)),
                        0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            PDPage mojibake = new PDPage(PDRectangle.A4);
            doc.addPage(mojibake);
            try (PDPageContentStream content = new PDPageContentStream(doc, mojibake)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 16);
                content.newLineAtOffset(80, 700);
                content.showText("ÉÏº£ÊÐÈËÃñÕþ¸®ÎÄ¼þ");
                content.newLineAtOffset(0, -30);
                content.showText("»¦¸®·¢¡²2019¡³1ºÅ");
                content.endText();
            }
            pdf = save(doc);
        }
        Extraction e = ingestor.extract(new SourceFile("scan.pdf", pdf));
        assertThat(e.pages()).hasSize(SAMPLE_PAGES + 2);
        assertThat(e.pages().get(SAMPLE_PAGES - 1).needsOcr()).isFalse();
        for (int number : new int[] {SAMPLE_PAGES + 1, SAMPLE_PAGES + 2}) {
            ExtractedPage page = e.pages().get(number - 1);
            assertThat(page.needsOcr()).isTrue();
            assertThat(page.text()).isEmpty();
            assertThat(e.source().pages().get(number - 1).needsOcr()).isTrue();
        }
        assertThat(e.problems()).containsExactly(
                new Problem("ingest", "needs-ocr", "page 18 has no usable text layer: needs OCR", 18),
                new Problem("ingest", "needs-ocr", "page 19 has no usable text layer: needs OCR", 19),
                new Problem("ocr", "needs-ocr", "2 page(s) without a text layer were not read (first: page 18): "
                        + "needs OCR: OCR is off (--ocr off)", 18));
    }

    @Test
    void reportsAnEncryptedPdf() throws IOException {
        byte[] pdf;
        try (PDDocument doc = Loader.loadPDF(Fixtures.bytes("pdf/sample.pdf"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            pdf = save(doc);
        }
        Extraction e = ingestor.extract(new SourceFile("secret.pdf", pdf));
        assertThat(e.pages()).isEmpty();
        assertThat(e.problems()).containsExactly(Problem.of("ingest", "unreadable", "encrypted PDF: password required"));
    }

    @Test
    void reportsATruncatedPdfOrReadsWhatIsLeft() {
        byte[] bytes = Fixtures.bytes("pdf/sample.pdf");
        Extraction e = ingestor.extract(new SourceFile("cut.pdf", Arrays.copyOf(bytes, 2000)));
        assertThat(e.pages()).isEmpty();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).message()).startsWith("damaged or truncated PDF (");
    }

    @Test
    void reportsAFileNamedPdfThatIsAZip() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        Extraction e = ingestor.extract(new SourceFile("通知.pdf", zip));
        assertThat(e.problems()).containsExactly(
                Problem.of("ingest", "not-pdf", "not a PDF: starts with PK (a zip file?)"));
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
