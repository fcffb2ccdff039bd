package org.gongwen.spark;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A mixed handful of documents in sub-folders: a real 公文 as text (fixtures/spark/README.md), a generated text
 * notice with a Chinese file name holding a space, a born-digital PDF, a scan (an image-only PDF of a rendered
 * notice), a broken file, and a second file with an existing name.
 */
final class TestCorpus {
    static final String SEED = "000_094778415718fb40.txt";
    static final String NOTICE = "关于做好 2024 年安全生产工作的通知.txt";
    static final String PDF = "notice-2024-15.pdf";
    static final String SCAN = "scan-2023-7.pdf";
    static final String BROKEN = "broken.pdf";

    private TestCorpus() {
    }

    static void write(Path root) throws IOException {
        copySeed(root.resolve("seed"));
        copySeed(root.resolve("zz-copies"));
        write(root.resolve("notices").resolve(NOTICE), notice().getBytes(StandardCharsets.UTF_8));
        write(root.resolve("pdf").resolve(PDF), textPdf());
        write(root.resolve("scans").resolve(SCAN), scanPdf());
        byte[] garbage = new byte[4096];
        new Random(8).nextBytes(garbage);
        write(root.resolve("broken").resolve(BROKEN), garbage);
    }

    private static void copySeed(Path folder) throws IOException {
        try (InputStream in = TestCorpus.class.getResourceAsStream("/fixtures/spark/" + SEED)) {
            write(folder.resolve(SEED), in.readAllBytes());
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    static String notice() {
        return "国务院办公厅关于做好2024年安全生产工作的通知\n\n国办发〔2024〕15号\n\n"
                + "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n"
                + "一、到2024年底，全国生产安全事故死亡人数下降5%以上，重大事故起数控制在10起以内。\n\n"
                + "二、各地区要在2024年6月30日前完成隐患排查，安排专项资金1.5亿元。\n\n"
                + "国务院办公厅\n2024年3月15日\n";
    }

    private static byte[] textPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 760);
                text.setLeading(20);
                for (String line : new String[] {"State Council Notice No. 15 (2024)",
                        "By 30 June 2024 every province completes the inspection of 1,200 mines.",
                        "Funding: 150 million yuan.", "General Office of the State Council, 15 March 2024"}) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            return save(doc);
        }
    }

    /** An image-only page, as a scanner makes: the text is pixels, only OCR can read it. */
    private static byte[] scanPdf() throws IOException {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 44));
        int y = 200;
        for (String line : notice().split("\n")) {
            g.drawString(line, 100, y);
            y += 70;
        }
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject scan = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }
}
