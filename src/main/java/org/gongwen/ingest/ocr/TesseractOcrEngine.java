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
 * Pages come in as the scanner's JPEG or rendered at 300 dpi ({@link PdfPageImages}).
 */
final class TesseractOcrEngine implements OcrEngine {
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
