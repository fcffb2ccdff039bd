package org.gongwen.site;

import org.jsoup.nodes.DataNode;

/**
 * {@code 404.html}: a web server shows it at any depth, so its links are root-absolute and its stylesheet is inline
 * (no relative asset link that would break under {@code /a/b/missing.html}); it needs no script.
 */
final class NotFoundPage {
    private NotFoundPage() {
    }

    static Page render() {
        Page page = new Page("未找到页面", "/");
        page.document().select("link[rel=stylesheet], script").remove();
        String css = SiteBuilder.resourceText("style.css");
        page.document().head().appendElement("style").appendChild(new DataNode(css));
        page.allowInlineStyle(css);
        page.main().appendElement("h1").text("未找到页面");
        page.main().appendElement("p").text("您要找的页面不存在，可能已移动。请从首页浏览，或使用检索。");
        page.main().appendElement("p").appendElement("a").attr("href", "/index.html").text("返回首页");
        return page;
    }
}
