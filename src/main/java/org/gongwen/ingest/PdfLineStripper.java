package org.gongwen.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDFBox text stripper (sorted by position) that keeps each output line with the position of its first glyph
 * instead of writing text, one {@link LaidOutPage} per page, in a single pass over the document. A page whose content
 * stream is broken becomes an empty page listed in {@link #brokenPages()}, and the other pages are still read.
 * Not thread-safe: one instance per document.
 */
final class PdfLineStripper extends PDFTextStripper {
    private final List<LaidOutPage> pages = new ArrayList<>();
    private final List<String> brokenPages = new ArrayList<>();
    private List<LaidOutPage.Line> lines;
    private final StringBuilder lineText = new StringBuilder();
    private TextPosition first;
    private TextPosition last;

    PdfLineStripper() {
        setSortByPosition(true);
        setLineSeparator("\n");
    }

    /** Reads every page of the document; pages without a content stream (PDFBox skips them) come out empty. */
    List<LaidOutPage> read(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        List<LaidOutPage> all = new ArrayList<>(document.getNumberOfPages());
        int next = 0;
        for (int number = 1; number <= document.getNumberOfPages(); number++) {
            if (next < pages.size() && pages.get(next).number() == number) {
                all.add(pages.get(next++));
            } else {
                all.add(new LaidOutPage(number, 595, 842, List.of()));
            }
        }
        return all;
    }

    /** "page N: reason" for each page whose content could not be read. */
    List<String> brokenPages() {
        return brokenPages;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        int number = getCurrentPageNo();
        lines = new ArrayList<>();
        lineText.setLength(0);
        first = null;
        try {
            super.processPage(page);
        } catch (IOException | RuntimeException e) {
            brokenPages.add("page " + number + ": " + e.getMessage());
            lines = new ArrayList<>();
        }
        endLine();
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        pages.add(new LaidOutPage(number, turned ? box.getHeight() : box.getWidth(),
                turned ? box.getWidth() : box.getHeight(), lines));
    }

    /**
     * Orders the page's glyphs into lines by baseline before PDFBox groups them. PDFBox's own position sort groups
     * glyphs whose boxes overlap vertically, and CJK fonts declare boxes taller than a 公文's line pitch (a 22 pt
     * title set at 28.9 pt), which interleaves the characters of consecutive title lines.
     */
    @Override
    protected void writePage() throws IOException {
        for (List<TextPosition> article : charactersByArticle) {
            BaselineOrder.sort(article);
        }
        setSortByPosition(false);
        try {
            super.writePage();
        } finally {
            setSortByPosition(true);
        }
    }

    /** Collects glyphs into the current line, starting a new line where the baseline jumps (see writePage). */
    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            lineText.append(text);
            return;
        }
        for (TextPosition position : positions) {
            if (first != null && BaselineOrder.otherLine(first, position)) {
                endLine();
            }
            if (first == null) {
                first = position;
            }
            last = position;
            lineText.append(position.getUnicode());
        }
    }

    @Override
    protected void writeWordSeparator() {
        lineText.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        String text = lineText.toString().strip();
        if (!text.isEmpty() && first != null) {
            double size = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getWidthDirAdj();
            double right = last.getXDirAdj() + last.getWidthDirAdj();
            lines.add(new LaidOutPage.Line(text, first.getXDirAdj(), right, first.getYDirAdj(), size));
        }
        lineText.setLength(0);
        first = null;
        last = null;
    }
}
