package org.gongwen.site;

/** {@code 404.html}: root-relative links, since a web server shows it at any depth. */
final class NotFoundPage {
    private NotFoundPage() {
    }

    static Page render() {
        Page page = new Page("未找到页面", "/");
        page.main().appendElement("h1").text("未找到页面");
        page.main().appendElement("p").text("您要找的页面不存在，可能已移动。请从首页浏览，或使用检索。");
        page.main().appendElement("p").appendElement("a").attr("href", "/index.html").text("返回首页");
        return page;
    }
}
