package org.gongwen.ingest;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML output as 公文 text: every paragraph ({@code <p>}, headings, list items, table rows) its own
 * block, blocks separated by a blank line, table cells by a tab, {@code <br>} a line break. The document head
 * (title, meta) is skipped, and so are paragraphs that are only a page number (the footers Tika emits for RTF and
 * ODT). Stops collecting after {@code limit} characters and remembers that it did.
 */
final class ParagraphHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "table", "blockquote", "pre", "ul", "ol", "dd", "dt");
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private final int limit;
    private int headDepth;
    private boolean truncated;

    ParagraphHandler(int limit) {
        this.limit = limit;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth++;
        } else if (name.equals("br")) {
            paragraph.append('\n');
        } else if (BLOCKS.contains(name)) {
            endParagraph();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth--;
        } else if (name.equals("td") || name.equals("th")) {
            paragraph.append('\t');
        } else if (BLOCKS.contains(name)) {
            endParagraph();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (headDepth == 0) {
            paragraph.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // Tika reports layout whitespace between blocks this way; it is not document text.
    }

    private void endParagraph() {
        String block = paragraph.toString().replaceAll("(?m)^[ \\t\u00a0\u3000]+|[ \\t\u00a0\u3000]+$", "")
                .replaceAll("\n{2,}", "\n").strip();
        paragraph.setLength(0);
        if (block.isEmpty() || truncated || PageFurniture.isPageNumber(block)) {
            return;
        }
        if (text.length() + block.length() > limit) {
            truncated = true;
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(block);
    }

    /** The collected text; call after parsing. */
    String text() {
        endParagraph();
        return text.toString();
    }

    boolean truncated() {
        return truncated;
    }
}
