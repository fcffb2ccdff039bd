package org.gongwen.site;

import org.jsoup.nodes.Element;

/** {@code search.html}: the form (query, year, issuer, 文种) and the empty result list that {@code search-ui.js} fills. */
final class SearchPage {
    private SearchPage() {
    }

    static Page render() {
        Page page = new Page("检索", "");
        Element main = page.main();
        main.appendElement("h1").text("全文检索");
        Element form = main.appendElement("form").id("search-form").attr("action", "search.html")
                .attr("method", "get").attr("role", "search");
        form.appendElement("label").attr("for", "q").text("检索词");
        form.appendElement("input").attr("type", "search").attr("name", "q").id("q")
                .attr("placeholder", "词语、短语或发文字号，多个词用空格分开");
        filter(form, "year", "年份");
        filter(form, "issuer", "发文机关");
        filter(form, "type", "文种");
        form.appendElement("button").attr("type", "submit").text("检索");
        main.appendElement("p").id("search-status").attr("role", "status").attr("aria-live", "polite");
        main.appendElement("ol").id("search-results").addClass("results");
        main.appendElement("button").attr("type", "button").id("search-more").attr("hidden", "").text("更多结果");
        page.script("assets/search.js").attr("data-index", "search/");
        page.script("assets/search-ui.js");
        return page;
    }

    private static void filter(Element form, String name, String label) {
        Element wrapper = form.appendElement("label").text(label + " ");
        wrapper.appendElement("select").attr("name", name).appendElement("option").attr("value", "").text("全部");
    }
}
