package org.gongwen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML element as the browser shows it: each block ({@code <p>}, {@code <div>}, headings, list
 * items, table rows) a paragraph, paragraphs separated by a blank line, table cells by a tab, {@code <br>} a line
 * break (a paragraph break when the next line is indented with full-width spaces, as portals render
 * {@code 　　第一条……}). Scripts, styles and hidden elements are left out.
 */
final class HtmlBlockText {
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "select",
            "button", "iframe", "object", "svg", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "table", "section", "article", "blockquote", "pre", "ul", "ol", "center", "form", "dd", "dt", "dl",
            "header", "footer", "address", "figure", "figcaption", "caption", "main", "aside", "nav", "hr", "body");
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private HtmlBlockText() {
    }

    static String text(Element root) {
        HtmlBlockText builder = new HtmlBlockText();
        builder.walk(root);
        builder.endParagraph();
        return String.join("\n\n", builder.paragraphs);
    }

    private void walk(Node node) {
        if (node instanceof TextNode text) {
            current.append(text.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " "));
            return;
        }
        if (!(node instanceof Element element) || SKIPPED.contains(element.normalName()) || hidden(element)) {
            return;
        }
        String name = element.normalName();
        if (name.equals("br")) {
            current.append('\n');
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
            endParagraph();
        }
        for (Node child : element.childNodes()) {
            walk(child);
        }
        if (name.equals("td") || name.equals("th")) {
            current.append('\t');
        }
        if (block) {
            endParagraph();
        }
    }

    /** Ends the paragraph: trims each line; a line indented with full-width spaces after a br starts a new one. */
    private void endParagraph() {
        List<String> lines = new ArrayList<>();
        for (String raw : current.toString().split("\n", -1)) {
            String line = trim(raw);
            boolean indented = raw.startsWith("\u3000") || raw.startsWith("\u00a0\u00a0") || raw.startsWith("  ");
            if ((indented || line.isEmpty()) && !lines.isEmpty()) {
                paragraphs.add(String.join("\n", lines));
                lines.clear();
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
        current.setLength(0);
    }

    private static String trim(String line) {
        return line.replaceAll("^[\\s\u00a0\u3000]+|[\\s\u00a0\u3000]+$", "").replaceAll(" ?\t ?", "\t");
    }

    private static boolean hidden(Element element) {
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden") || element.hasAttr("hidden");
    }
}
