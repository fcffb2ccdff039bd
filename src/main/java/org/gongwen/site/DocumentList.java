package org.gongwen.site;

import org.jsoup.nodes.Element;

import java.util.List;

/** A list of documents as the home and browse pages show it: title link, 发文字号, issuer and date. */
final class DocumentList {
    private DocumentList() {
    }

    static void append(Element into, List<SiteDocument> docs, String root) {
        Element ul = into.appendElement("ul").addClass("doc-list");
        for (SiteDocument d : docs) {
            Element li = ul.appendElement("li");
            li.appendElement("a").attr("href", root + d.page()).text(d.displayTitle());
            Element meta = li.appendElement("div").addClass("result-meta");
            meta.text(String.join(" · ", nonBlank(d.record().docNumber(), d.record().issuer(), d.record().date())));
        }
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
