package org.gongwen.ingest;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * The pages of a PDF that paint nothing OCR could read: no text, no image or form XObject and no inline image. Such a
 * page is blank (a separator sheet, the back of a single-sided scan, or 5,000 empty pages in a hostile file) and is
 * not sent to OCR, which would otherwise render and recognise every one of them.
 */
final class BlankPdfPages {
    private BlankPdfPages() {
    }

    /** The numbers (1-based) of the pages without text that are blank. */
    static Set<Integer> find(PDDocument document, List<LaidOutPage> pages) {
        Set<Integer> blank = new HashSet<>();
        for (LaidOutPage page : pages) {
            if (page.lines().isEmpty() && page.number() <= document.getNumberOfPages()
                    && paintsNothingReadable(document.getPage(page.number() - 1))) {
                blank.add(page.number());
            }
        }
        return blank;
    }

    private static boolean paintsNothingReadable(PDPage page) {
        if (!page.hasContents()) {
            return true;
        }
        PDResources resources = page.getResources();
        if (resources != null && resources.getXObjectNames().iterator().hasNext()) {
            return false;
        }
        return !hasInlineImage(page);
    }

    private static boolean hasInlineImage(PDPage page) {
        try {
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator operator && "BI".equals(operator.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true; // a content stream we cannot parse may still hold a picture: let OCR try it
        }
    }
}
