package org.gongwen.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Page images and PDFs drawn in the test, with Debian's Noto Serif CJK (fonts-noto-cjk, in scripts/install-deps). */
final class TestPages {
    static final List<String> SCAN_LINES = List.of("云产改办〔2022〕16号", "关于加强财政资金管理的通知", "各州市人民政府：",
            "2022年11月21日");

    private TestPages() {
    }

    /** A white page with the lines drawn in black at about 16 pt on a 300 dpi page. */
    static BufferedImage page(List<String> lines) {
        Font font = new Font("Noto Serif CJK SC", Font.PLAIN, 64);
        assertThat(font.canDisplay('云')).as("fonts-noto-cjk is installed").isTrue();
        BufferedImage image = new BufferedImage(1800, 200 + lines.size() * 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 120, 160 + i * 120);
        }
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * Page 1 with a real text layer, page 2 only an image of text, page 3 an image of text under a mojibake text
     * layer (what a PDF with a broken ToUnicode map gives).
     */
    static byte[] mixedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage textPage = new PDPage(PDRectangle.A4);
            doc.addPage(textPage);
            try (PDPageContentStream cs = new PDPageContentStream(doc, textPage)) {
                writeText(cs, "Page one has a text layer");
            }
            for (int n = 2; n <= 3; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                var image = LosslessFactory.createFromImage(doc, page(SCAN_LINES));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 36, 500, 432, 432f * image.getHeight() / image.getWidth());
                    if (n == 3) {
                        writeText(cs, "\u00d4\u00c6\u00b2\u00fa\u00b8\u00c4\u00b0\u00ec");
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void writeText(PDPageContentStream cs, String text) throws IOException {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 760);
        cs.showText(text);
        cs.endText();
    }

    /** An engine that reads every page as one fixed line and counts its calls. */
    static final class FakeEngine implements OcrEngine {
        final List<Integer> widths = new ArrayList<>();
        private final double confidence;

        FakeEngine(double confidence) {
            this.confidence = confidence;
        }

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public synchronized List<OcrLine> recognize(PageImage page) {
            widths.add(page.width());
            return List.of(new OcrLine("扫描页 正文", 10, 10, 500, 60, confidence));
        }
    }

    /** A factory handing out one shared fake engine. */
    static EngineFactory factoryOf(OcrEngine engine) {
        return new EngineFactory(OcrMode.PADDLE, 60) {
            @Override
            synchronized String unavailableReason() {
                return null;
            }

            @Override
            OcrEngine create() {
                return engine;
            }
        };
    }

    /** A factory whose engine is missing, as when Debian's Tesseract is not installed. */
    static EngineFactory missing() {
        return new EngineFactory(OcrMode.TESSERACT, 60) {
            @Override
            synchronized String unavailableReason() {
                return "tesseract is not installed: " + TesseractInstall.INSTALL_HINT;
            }
        };
    }
}
