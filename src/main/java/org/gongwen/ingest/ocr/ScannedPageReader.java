package org.gongwen.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gongwen.ingest.Extractor;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.gongwen.model.SourceInfo;

/**
 * Reads scanned pages: OCRs the pages of a PDF that have no usable text layer (a mojibake page's text is replaced,
 * not appended to) and reads images (PNG, JPEG, multi-page TIFF) through {@link #imageExtractor()}. A scanner's JPEG
 * is read as it is, other pages are rendered greyscale at 300 dpi ({@link PdfPageImages}); pages are OCRed in parallel, put into reading order and repaired ({@code 【2022]j 16 号} →
 * {@code 〔2022〕16号}). When the engine is missing or OCR is off, the pages stay empty and each is reported as
 * {@code needs-ocr} with what to install, so the document is still archived.
 *
 * <pre>{@code
 * ScannedPageReader ocr = ScannedPageReader.builder().mode(OcrMode.TESSERACT).build();
 * Extraction complete = ocr.ocrPages(file, pdfExtraction);
 * }</pre>
 */
public final class ScannedPageReader {
    static final String STAGE = "ocr";
    private final EngineFactory factory;
    private final PageOcrRunner runner;
    private final int maxPages;
    private final double minConfidence;
    private final float dpi;

    private ScannedPageReader(Builder b) {
        this.factory = b.factory != null ? b.factory : new EngineFactory(b.mode, b.pageTimeoutSeconds);
        this.runner = new PageOcrRunner(factory, b.threads, b.pageTimeoutSeconds * 1000L, b.repair);
        this.maxPages = b.maxPages;
        this.minConfidence = Double.isNaN(b.minConfidence) ? factory.mode().minConfidence() : b.minConfidence;
        this.dpi = b.dpi;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The engine this reader uses. */
    public OcrMode mode() {
        return factory.mode();
    }

    /** The extractor for page images (png, jpg, jpeg, tif, tiff). */
    public Extractor imageExtractor() {
        return new ImageExtractor(this);
    }

    /** Fills the PDF pages marked {@code needsOcr} with OCR text; other extractions are returned unchanged. */
    public Extraction ocrPages(SourceFile file, Extraction extraction) {
        boolean anyNeedsOcr = extraction.pages().stream().anyMatch(ExtractedPage::needsOcr);
        if (!anyNeedsOcr || !"pdf".equals(file.extension())) {
            return extraction;
        }
        try (PdfPageImages images = PdfPageImages.open(file.bytes(), dpi)) {
            return fill(extraction, images::image);
        } catch (java.io.IOException e) {
            List<Problem> problems = new ArrayList<>(extraction.problems());
            problems.add(Problem.of(STAGE, Problem.NEEDS_OCR, "cannot render the PDF's pages for OCR: " + e.getMessage()));
            return new Extraction(extraction.source(), extraction.pages(), extraction.metadata(), problems);
        }
    }

    /** Replaces the needsOcr pages of an extraction with what OCR reads on the rendered pages. */
    Extraction fill(Extraction extraction, PageOcrRunner.PageSource source) {
        List<Problem> problems = new ArrayList<>(extraction.problems());
        List<Integer> wanted = new ArrayList<>();
        for (ExtractedPage page : extraction.pages()) {
            if (page.needsOcr()) {
                wanted.add(page.number());
            }
        }
        String unavailable = factory.unavailableReason();
        List<PageOcrRunner.PageResult> results = List.of();
        if (unavailable != null) {
            problems.add(new Problem(STAGE, Problem.NEEDS_OCR, String.format(Locale.ROOT,
                    "%d page(s) without a text layer were not read (first: page %d): needs OCR: %s",
                    wanted.size(), wanted.get(0), unavailable), wanted.get(0)));
        } else {
            if (wanted.size() > maxPages) {
                problems.add(new Problem(STAGE, "ocr-page-limit", String.format(Locale.ROOT,
                        "only the first %d of %d pages without text were OCRed", maxPages, wanted.size()),
                        wanted.get(maxPages)));
                wanted = wanted.subList(0, maxPages);
            }
            results = runner.run(wanted, source);
        }
        return merge(extraction, results, problems);
    }

    private Extraction merge(Extraction extraction, List<PageOcrRunner.PageResult> results, List<Problem> problems) {
        List<ExtractedPage> pages = new ArrayList<>(extraction.pages());
        List<SourceInfo.PageOrigin> origins = new ArrayList<>(origins(extraction));
        for (PageOcrRunner.PageResult r : results) {
            int i = indexOf(pages, r.number());
            if (r.failed()) {
                problems.add(new Problem(STAGE, Problem.NEEDS_OCR, "page " + r.number() + " could not be OCRed ("
                        + r.engine() + "): " + r.error(), r.number()));
                continue;
            }
            pages.set(i, new ExtractedPage(r.number(), r.text(), r.engine(), false, r.confidence()));
            problems.removeIf(p -> isNeedsOcr(p, r.number())); // the reader's "needs OCR" is answered now
            origins.set(i, new SourceInfo.PageOrigin(r.number(), r.engine(), false, r.confidence(), r.seconds()));
            if (r.confidence() < minConfidence) {
                problems.add(new Problem(STAGE, "low-ocr-confidence", String.format(Locale.ROOT,
                        "page %d: OCR confidence %.2f (%s) is below %.2f; proof-read this page",
                        r.number(), r.confidence(), r.engine(), minConfidence), r.number()));
            }
        }
        SourceInfo s = extraction.source();
        SourceInfo source = new SourceInfo(s.fileName(), s.sha256(), s.format(), s.bytes(), s.pageCount(), origins);
        return new Extraction(source, pages, extraction.metadata(), problems);
    }

    private static boolean isNeedsOcr(Problem p, int page) {
        return Problem.NEEDS_OCR.equals(p.code()) && p.position() == page;
    }

    private static List<SourceInfo.PageOrigin> origins(Extraction extraction) {
        List<SourceInfo.PageOrigin> given = extraction.source().pages();
        if (given.size() == extraction.pages().size()) {
            return given;
        }
        List<SourceInfo.PageOrigin> made = new ArrayList<>();
        for (ExtractedPage p : extraction.pages()) {
            made.add(new SourceInfo.PageOrigin(p.number(), p.reader(), p.needsOcr(), p.confidence()));
        }
        return made;
    }

    private static int indexOf(List<ExtractedPage> pages, int number) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).number() == number) {
                return i;
            }
        }
        throw new IllegalStateException("no page " + number);
    }

    /** Configures a {@link ScannedPageReader}; {@link #build()} rejects impossible settings. */
    public static final class Builder {
        private OcrMode mode = OcrMode.DEFAULT;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int pageTimeoutSeconds = 300;
        private int maxPages = 500;
        private double minConfidence = Double.NaN; // the engine's own threshold
        private float dpi = 300;
        private EngineFactory factory;
        private boolean repair = true;

        public Builder mode(OcrMode v) { mode = Objects.requireNonNull(v, "mode"); return this; }
        public Builder threads(int v) { threads = v; return this; }
        public Builder pageTimeoutSeconds(int v) { pageTimeoutSeconds = v; return this; }
        public Builder maxPages(int v) { maxPages = v; return this; }
        public Builder minConfidence(double v) { minConfidence = v; return this; }
        public Builder dpi(float v) { dpi = v; return this; }
        /** Whether OCR text is repaired ({@link OcrTextRepairer}); off only to measure the raw engine. */
        public Builder repair(boolean v) { repair = v; return this; }

        /** Tests: an engine factory of their own (e.g. one whose engine is missing). */
        Builder engineFactory(EngineFactory v) { factory = v; return this; }

        public ScannedPageReader build() {
            check(threads >= 1, "threads must be at least 1");
            check(pageTimeoutSeconds >= 1, "pageTimeoutSeconds must be at least 1");
            check(maxPages >= 1, "maxPages must be at least 1");
            check(Double.isNaN(minConfidence) || (minConfidence >= 0 && minConfidence <= 1),
                    "minConfidence must be in [0,1]");
            check(dpi >= 72 && dpi <= 600, "dpi must be in [72,600]");
            return new ScannedPageReader(this);
        }

        private static void check(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
