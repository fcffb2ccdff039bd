package org.gongwen.ingest.ocr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.xml.sax.SAXException;

/**
 * Debian's Tesseract 5 with {@code chi_sim}, driven by Tika's {@link TesseractOCRParser}: language chi_sim,
 * {@code preserve_interword_spaces=1} (else Tesseract puts a space between every two Han characters), hOCR output so
 * lines keep their boxes and word confidences, one single-threaded process per page (see {@link TesseractInstall}).
 * Pages come in as the scanner's JPEG or rendered at 300 dpi ({@link PdfPageImages}); a page finer than
 * {@link #MAX_DPI} is scaled down to {@link #TARGET_DPI} first: chi_sim's recogniser reads the 16-point body text of
 * a 公文 better at about 200 dpi (44-pixel glyphs) than at 300 (67 pixels). Measured on the 24 pages of
 * {@code scripts/bench-ocr}'s 300 dpi scans with Tesseract 5.3 (raw character error rate, before repair): 4.50 % as
 * scanned, 3.15–3.31 % scaled to 60–72 %, 3.48 % at 50 %.
 */
final class TesseractOcrEngine implements OcrEngine {
    static final float TARGET_DPI = 200;
    static final float MAX_DPI = 240;
    private final TesseractOCRParser parser = new TesseractOCRParser();
    private final TesseractOCRConfig config = new TesseractOCRConfig();

    TesseractOcrEngine(TesseractInstall install, int timeoutSeconds) {
        parser.setTesseractPath(install.launcherDir + "/");
        parser.setTessdataPath(install.tessdata);
        config.setLanguage("chi_sim");
        config.setPreserveInterwordSpacing(true);
        config.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
        // Automatic layout without orientation detection: 公文 scans are upright, and OSD costs time per page.
        config.setPageSegMode("3");
        config.setTimeoutSeconds(Math.max(1, timeoutSeconds));
        config.setEnableImagePreprocessing(false);
    }

    @Override
    public String name() {
        return "tesseract";
    }

    @Override
    public List<OcrLine> recognize(PageImage page) throws IOException {
        float dpi = page.effectiveDpi();
        if (dpi <= MAX_DPI) {
            return read(page);
        }
        double scale = TARGET_DPI / dpi;
        return unscaled(read(PageImage.of(PageScaling.scaled(page, scale), TARGET_DPI)), scale);
    }

    /** The lines with their boxes back in the coordinates of the page as given (reading order needs its width). */
    private static List<OcrLine> unscaled(List<OcrLine> lines, double scale) {
        return lines.stream().map(l -> new OcrLine(l.text(), (int) Math.round(l.x() / scale),
                (int) Math.round(l.y() / scale), (int) Math.round(l.width() / scale),
                (int) Math.round(l.height() / scale), l.confidence())).toList();
    }

    private List<OcrLine> read(PageImage page) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, page.mediaType());
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        ToXMLContentHandler handler = new ToXMLContentHandler();
        try {
            parser.parse(new ByteArrayInputStream(page.bytes()), handler, metadata, context);
        } catch (SAXException | TikaException e) {
            throw new IOException("tesseract failed: " + e.getMessage(), e);
        }
        return HocrReader.lines(handler.toString());
    }
}
