package org.gongwen.site;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.List;

/**
 * Renders a body: the blocks' Markdown through commonmark-java (raw HTML escaped), then each rendered heading and
 * paragraph is refilled from the record's own text with its spans, so highlights and citation links sit at exact
 * offsets and every character of document text goes into the page as a jsoup text node (escaped on output).
 */
final class BodyRenderer {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private BodyRenderer() {
    }

    static void render(Element into, List<Block> blocks, String text, List<Span> spans) {
        String html = RENDERER.render(PARSER.parse(RecordMarkdown.body(blocks)));
        Element body = Jsoup.parseBodyFragment(html).body();
        Elements rendered = body.select("h1, h2, h3, h4, h5, h6, p");
        boolean aligned = rendered.size() == blocks.size();
        for (int i = 0; aligned && i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Element el = rendered.get(i);
            el.empty();
            if (block.heading()) {
                el.id(block.anchor());
                el.appendElement("a").addClass("anchor").attr("href", "#" + block.anchor())
                        .attr("aria-label", "本节链接").text("§");
            }
            if (block.hasSpan()) {
                InlineText.fill(el, text, block.start(), block.end(), spans);
            } else {
                el.appendText(block.text());
            }
        }
        for (Element child : body.children()) {
            into.appendChild(child.clone());
        }
    }
}
