package org.gongwen.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;

/**
 * The common frame of every HTML page, built with jsoup's DOM: head with the stylesheets, a header with the site name,
 * navigation and a search box, the {@link #main()} element that page renderers fill, and a footer. All links are
 * relative ({@code root} is {@code ""} or {@code "../"}) so the site works from {@code file://} and any sub-path.
 */
final class Page {
    static final String SITE_NAME = "公文档案";
    /**
     * What a page may run and load: scripts, styles, images and fonts from the site's own files only; no inline
     * script or style, no plugins, frames or base URL, forms only to the site. Document text is escaped anyway; this
     * is the second line of defence should anything from a document ever reach the markup.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; "
            + "frame-src 'none'; base-uri 'none'; form-action 'self'";
    private final Document doc = Document.createShell("");
    private final String root;
    private final Element main;

    Page(String title, String root) {
        this.root = root;
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(true);
        doc.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "zh-CN");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        // first after the charset, before anything that could load: nothing runs or loads but the site's own files
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CONTENT_SECURITY_POLICY);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " - " + SITE_NAME);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", root + "assets/style.css");
        head.appendElement("link").attr("rel", "alternate").attr("type", "application/atom+xml")
                .attr("title", SITE_NAME).attr("href", root + "feed.xml");
        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("href", "#main").text("跳到正文");
        header(body.appendElement("header").addClass("site-header"));
        main = body.appendElement("main").id("main");
        body.appendElement("footer").addClass("site-footer")
                .text(SITE_NAME + " · 由 gongwen 生成 · 静态页面，可离线打开");
        script("assets/site.js");
    }

    private void header(Element header) {
        header.appendElement("a").addClass("brand").attr("href", root + "index.html").text(SITE_NAME);
        Element nav = header.appendElement("nav").attr("aria-label", "主导航");
        nav.appendElement("a").attr("href", root + "index.html").text("首页");
        nav.appendElement("a").attr("href", root + "docnumbers.html").text("文号索引");
        nav.appendElement("a").attr("href", root + "register.html").text("承诺台账");
        Element form = header.appendElement("form").addClass("search-box").attr("role", "search")
                .attr("action", root + "search.html").attr("method", "get");
        form.appendElement("label").addClass("visually-hidden").attr("for", "site-q").text("检索");
        form.appendElement("input").attr("type", "search").attr("name", "q").id("site-q")
                .attr("placeholder", "检索全文、发文字号…");
        form.appendElement("button").attr("type", "submit").text("检索");
    }

    /**
     * Lets this page's Content-Security-Policy accept one inline stylesheet, by the SHA-256 of its exact text (the
     * 404 page inlines the site's own CSS); any other inline style stays forbidden.
     */
    void allowInlineStyle(String css) {
        String hash;
        try {
            hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(css.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        Element csp = doc.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
        csp.attr("content", csp.attr("content").replace("style-src 'self';", "style-src 'self' 'sha256-" + hash + "';"));
    }

    /** Adds a script at the end of the body; {@code src} is relative to the site root. */
    Element script(String src) {
        return doc.body().appendElement("script").attr("src", root + src);
    }

    Element main() {
        return main;
    }

    Document document() {
        return doc;
    }

    byte[] bytes() {
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }
}
