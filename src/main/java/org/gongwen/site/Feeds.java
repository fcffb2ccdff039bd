package org.gongwen.site;

import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.XmlDeclaration;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code feed.xml} (Atom, the newest documents) and {@code sitemap.xml}, built as jsoup XML documents. Entry dates
 * are the documents' own dates, never the build time, so rebuilding does not change them. Links are resolved
 * against the base URL given to the build ({@code --base-url}); without one they are relative to the site root.
 */
final class Feeds {
    static final int FEED_SIZE = 50;
    private static final String EPOCH = "1970-01-01";

    private Feeds() {
    }

    static byte[] atom(SiteContext site, String baseUrl) {
        Document doc = xml();
        Element feed = doc.appendElement("feed").attr("xmlns", "http://www.w3.org/2005/Atom");
        feed.appendElement("title").text(Page.SITE_NAME);
        feed.appendElement("id").text("urn:gongwen:archive");
        feed.appendElement("link").attr("href", baseUrl + "index.html");
        feed.appendElement("link").attr("rel", "self").attr("href", baseUrl + "feed.xml");
        List<SiteDocument> newest = site.newestFirst.subList(0, Math.min(FEED_SIZE, site.newestFirst.size()));
        String updated = newest.stream().map(Feeds::date).max(String::compareTo).orElse(EPOCH);
        feed.appendElement("updated").text(updated + "T00:00:00Z");
        feed.appendElement("author").appendElement("name").text(Page.SITE_NAME);
        for (SiteDocument d : newest) {
            Element entry = feed.appendElement("entry");
            entry.appendElement("title").text(d.displayTitle());
            entry.appendElement("id").text("urn:sha256:" + d.record().source().sha256());
            entry.appendElement("link").attr("href", baseUrl + d.page());
            entry.appendElement("updated").text(date(d) + "T00:00:00Z");
            String summary = String.join(" ", Objects.toString(d.record().docNumber(), ""),
                    Objects.toString(d.record().issuer(), "")).trim();
            if (!summary.isEmpty()) {
                entry.appendElement("summary").text(summary);
            }
        }
        return bytes(doc);
    }

    static byte[] sitemap(List<String> pages, String baseUrl) {
        Document doc = xml();
        Element urlset = doc.appendElement("urlset").attr("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
        for (String page : pages) {
            urlset.appendElement("url").appendElement("loc").text(baseUrl + page);
        }
        return bytes(doc);
    }

    private static String date(SiteDocument d) {
        String date = d.record().published() != null ? d.record().published() : d.record().date();
        if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return date != null && date.matches("\\d{4}") ? date + "-01-01" : EPOCH;
        }
        return date;
    }

    private static Document xml() {
        Document doc = new Document("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).charset(StandardCharsets.UTF_8)
                .prettyPrint(true);
        XmlDeclaration decl = new XmlDeclaration("xml", false);
        decl.attr("version", "1.0").attr("encoding", "UTF-8");
        doc.appendChild(decl);
        return doc;
    }

    private static byte[] bytes(Document doc) {
        return (doc.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
