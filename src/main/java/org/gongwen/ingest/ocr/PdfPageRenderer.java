package org.gongwen.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages greyscale for OCR, at 300 dpi unless the page is so large that the image would pass
 * {@link #MAX_PIXELS_PER_SIDE} (an A0 drawing), in which case the resolution is lowered to fit. Not thread-safe:
 * PDFBox renders one page of a document at a time.
 */
final class PdfPageRenderer implements AutoCloseable {
    static final int MAX_PIXELS_PER_SIDE = 8000;
    private final PDDocument document;
    private final PDFRenderer renderer;
    private final float dpi;

    private PdfPageRenderer(PDDocument document, float dpi) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.dpi = dpi;
    }

    static PdfPageRenderer open(byte[] pdf, float dpi) throws IOException {
        return new PdfPageRenderer(Loader.loadPDF(pdf), dpi);
    }

    /** Renders page {@code number} (1-based). */
    BufferedImage render(int number) throws IOException {
        PDPage page = document.getPage(number - 1);
        float longestSideInches = Math.max(page.getMediaBox().getWidth(), page.getMediaBox().getHeight()) / 72f;
        float pageDpi = Math.min(dpi, MAX_PIXELS_PER_SIDE / Math.max(longestSideInches, 0.1f));
        return renderer.renderImageWithDPI(number - 1, pageDpi, ImageType.GRAY);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
