package org.gongwen.ingest.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The images OCR reads for the pages of a PDF. A page that is nothing but a scanner's JPEG drawn over the whole page
 * (what scanners, img2pdf and most scan-to-PDF tools write) gives that JPEG's bytes as they are: no rendering, no
 * re-encoding, the scanner's own resolution, exactly what the engine's command line would read. Any other page is
 * rendered greyscale at the given dpi (300 by default), lowered for a page so large that a side would pass
 * {@link #MAX_PIXELS_PER_SIDE} (an A0 drawing). Not thread-safe: PDFBox reads one page of a document at a time.
 */
final class PdfPageImages implements AutoCloseable {
    static final int MAX_PIXELS_PER_SIDE = 8000;
    /** The embedded image must cover this share of the page's width and height to count as the page's scan. */
    private static final double MIN_COVER = 0.9;
    private static final List<String> SCAN_PAGE_OPERATORS = List.of("q", "Q", "cm", "Do");
    private final PDDocument document;
    private final PDFRenderer renderer;
    private final float dpi;

    private PdfPageImages(PDDocument document, float dpi) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.dpi = dpi;
    }

    static PdfPageImages open(byte[] pdf, float dpi) throws IOException {
        return new PdfPageImages(Loader.loadPDF(pdf), dpi);
    }

    /** The image of page {@code number} (1-based). */
    PageImage image(int number) throws IOException {
        PDPage page = document.getPage(number - 1);
        PageImage scan = scannerJpeg(page);
        if (scan != null) {
            return scan;
        }
        float longestSideInches = Math.max(page.getMediaBox().getWidth(), page.getMediaBox().getHeight()) / 72f;
        float pageDpi = Math.min(dpi, MAX_PIXELS_PER_SIDE / Math.max(longestSideInches, 0.1f));
        return PageImage.of(renderer.renderImageWithDPI(number - 1, pageDpi, ImageType.GRAY), pageDpi);
    }

    /**
     * The page's JPEG when the page's content is only {@code q cm Do Q} drawing one upright grey or RGB DCT image over
     * at least 90% of the page; null otherwise (rotated pages, masks, decode arrays, several images, any text).
     */
    static PageImage scannerJpeg(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (page.getRotation() % 360 != 0 || resources == null) {
            return null;
        }
        List<Object> tokens = new PDFStreamParser(page).parse();
        float[] matrix = null;
        PDImageXObject image = null;
        int operandStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator op)) {
                continue;
            }
            String name = op.getName();
            List<Object> operands = tokens.subList(operandStart, i);
            operandStart = i + 1;
            if (!SCAN_PAGE_OPERATORS.contains(name)) {
                return null;
            }
            if (name.equals("cm")) {
                if (matrix != null || operands.size() != 6) {
                    return null; // more than one transformation: not the simple layout trusted here
                }
                matrix = numbers(operands);
            } else if (name.equals("Do")) {
                if (image != null || operands.size() != 1 || !(operands.get(0) instanceof COSName xName)) {
                    return null;
                }
                PDXObject x = resources.getXObject(xName);
                if (!(x instanceof PDImageXObject img)) {
                    return null;
                }
                image = img;
            }
        }
        if (image == null || matrix == null || !coversPage(matrix, page.getMediaBox()) || !plainJpeg(image)) {
            return null;
        }
        try (InputStream raw = image.getCOSObject().createRawInputStream()) {
            // the scan's resolution is its pixels over the width it is drawn at (points, 72 to the inch)
            return new PageImage(raw.readAllBytes(), "jpeg", image.getWidth(), image.getHeight(),
                    image.getWidth() * 72f / matrix[0]);
        }
    }

    private static float[] numbers(List<Object> operands) {
        float[] out = new float[operands.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return null;
            }
            out[i] = n.floatValue();
        }
        return out;
    }

    private static boolean coversPage(float[] m, PDRectangle box) {
        return m != null && m[1] == 0 && m[2] == 0 && m[0] >= MIN_COVER * box.getWidth()
                && m[3] >= MIN_COVER * box.getHeight();
    }

    private static boolean plainJpeg(PDImageXObject image) throws IOException {
        List<COSName> filters = image.getStream().getFilters();
        if (filters.size() != 1 || !COSName.DCT_DECODE.equals(filters.get(0)) || image.isStencil()
                || image.getDecode() != null || image.getSoftMask() != null || image.getMask() != null
                || image.getBitsPerComponent() != 8
                || Math.max(image.getWidth(), image.getHeight()) > MAX_PIXELS_PER_SIDE) {
            return false;
        }
        PDColorSpace space = image.getColorSpace();
        return space instanceof PDDeviceGray || space instanceof PDDeviceRGB;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
