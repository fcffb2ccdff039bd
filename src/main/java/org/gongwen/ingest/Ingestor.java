package org.gongwen.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.ingest.ocr.ScannedPageReader;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;

/**
 * The ingest stage's entry point: picks the {@link Extractor} for a file and reads it. The reader is chosen by the
 * file name's extension and checked against the first bytes, so {@code 通知.pdf} that is really a Word file is read
 * as Word (with a {@code misnamed-file} problem) and a {@code .pdf} that is nothing known is reported as
 * "not a PDF: starts with PK (a zip file?)". Never throws for bad content: an unreadable file gives an extraction
 * without pages and a problem saying why in plain words.
 *
 * <p>Thread-safe: one instance may serve many threads.
 */
public final class Ingestor {
    private static final Map<String, String> FAMILY_BY_FORMAT = Map.ofEntries(
            Map.entry("pdf", "pdf"), Map.entry("ofd", "ofd"),
            Map.entry("docx", "office"), Map.entry("doc", "office"), Map.entry("rtf", "office"),
            Map.entry("odt", "office"), Map.entry("wps", "office"), Map.entry("ole2", "office"),
            Map.entry("html", "html"), Map.entry("htm", "html"), Map.entry("shtml", "html"),
            Map.entry("xhtml", "html"), Map.entry("txt", "text"), Map.entry("md", "text"),
            Map.entry("text", "text"), Map.entry("png", "image"), Map.entry("jpg", "image"),
            Map.entry("jpeg", "image"), Map.entry("tif", "image"), Map.entry("tiff", "image"));
    private final Map<String, Extractor> extractorByFamily;

    private final ScannedPageReader ocr;

    /** Reads with the default OCR engine ({@link OcrMode#DEFAULT}) for scanned pages. */
    public Ingestor() {
        this(OcrMode.DEFAULT);
    }

    /** Reads with the given OCR engine for scanned pages and images ({@code --ocr paddle|tesseract|off}). */
    public Ingestor(OcrMode ocrMode) {
        this.ocr = ScannedPageReader.builder().mode(ocrMode).build();
        this.extractorByFamily = Map.of("pdf", new PdfTextExtractor(), "ofd", new OfdExtractor(),
                "office", new TikaExtractor(), "html", new HtmlExtractor(), "text", new TextExtractor(),
                "image", ocr.imageExtractor());
    }

    /** Reads one file. */
    public Extraction extract(SourceFile file) {
        String extension = file.extension();
        String named = FAMILY_BY_FORMAT.get(extension);
        String sniffed = FormatSniffer.sniff(file.bytes());
        String shown = sniffed.equals("ole2") ? "doc" : sniffed;
        String actual = FAMILY_BY_FORMAT.get(sniffed);
        if (named != null && (actual == null || actual.equals(named))) {
            if (actual == null && !named.equals("text") && !named.equals("html") && !named.equals("office")
                    && !named.equals("image")) {
                return Readings.failed(file, extension, "not-" + extension,
                        "not " + article(extension) + ": " + FormatSniffer.describeStart(file.bytes()));
            }
            return read(file, named, extension, List.of());
        }
        if (actual != null) {
            String message = (extension.isEmpty() ? "file has no extension" : "named ." + extension)
                    + " but the content is " + article(shown) + " file; read it as " + label(shown);
            return read(file, actual, shown, List.of(Problem.of("ingest", "misnamed-file", message)));
        }
        return Readings.failed(file, extension, "unsupported-format", extension.isEmpty()
                ? "no reader for a file without extension that " + FormatSniffer.describeStart(file.bytes())
                : "no reader for ." + extension + " files");
    }

    private Extraction read(SourceFile file, String family, String format, List<Problem> before) {
        try {
            // Pages a reader found without a usable text layer (scans, mojibake) are OCRed here.
            Extraction read = ocr.ocrPages(file, extractorByFamily.get(family).extract(file));
            return Readings.withFormat(read, file, format, before);
        } catch (IOException e) {
            return Readings.failed(file, format, "unreadable", e.getMessage());
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Readings.failed(file, format, "unreadable", "cannot read " + label(format) + ": " + reason);
        }
    }

    private static String label(String format) {
        return format.toUpperCase(Locale.ROOT);
    }

    private static String article(String format) {
        String upper = label(format);
        return ("aeiofhlmnrsx".indexOf(Character.toLowerCase(upper.charAt(0))) >= 0 ? "an " : "a ") + upper;
    }
}
