package org.gongwen.site;

import org.jsoup.nodes.Element;

import java.util.List;

/** Fills an element with a stretch of text, wrapping the spans inside it (entities as {@code span}, citations as links). */
final class InlineText {
    private InlineText() {
    }

    static void fill(Element el, String text, int start, int end, List<Span> spans) {
        int at = start;
        for (Span s : spans) {
            if (s.end() <= start || s.start() < at || s.start() >= end) {
                continue;
            }
            int spanEnd = Math.min(s.end(), end);
            el.appendText(text.substring(at, s.start()));
            Element mark = s.href() != null
                    ? el.appendElement("a").addClass("cite").attr("href", s.href() + ".html")
                    : el.appendElement("span").addClass("ent").addClass("ent-" + s.kind());
            mark.attr("title", s.label()).text(text.substring(s.start(), spanEnd));
            at = spanEnd;
        }
        el.appendText(text.substring(at, end));
    }
}
