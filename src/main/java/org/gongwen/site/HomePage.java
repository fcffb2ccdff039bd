package org.gongwen.site;

import org.gongwen.model.Register;
import org.jsoup.nodes.Element;

import java.util.List;

/** The home page: counts, the newest documents, and browsing by year, issuer and 文种. */
final class HomePage {
    static final int NEWEST = 20;

    private HomePage() {
    }

    static Page render(SiteContext site, Register register) {
        Page page = new Page("首页", "");
        Element main = page.main();
        List<BrowsePages.Group> years = BrowsePages.years(site);
        List<BrowsePages.Group> issuers = BrowsePages.issuers(site);
        main.appendElement("h1").text(Page.SITE_NAME);
        Element counts = main.appendElement("ul").addClass("counts");
        count(counts, site.newestFirst.size(), "篇文件");
        count(counts, register.entries().size(), "项承诺");
        count(counts, issuers.size(), "个发文机关");
        count(counts, years.size(), "个年份");
        Element newest = main.appendElement("section").attr("aria-labelledby", "newest");
        newest.appendElement("h2").id("newest").text("最新文件");
        DocumentList.append(newest, site.newestFirst.subList(0, Math.min(NEWEST, site.newestFirst.size())), "");
        facet(main, "按年份", years);
        facet(main, "按发文机关", issuers);
        facet(main, "按文种", BrowsePages.types(site));
        Element more = main.appendElement("p");
        more.appendElement("a").attr("href", "docnumbers.html").text("发文字号索引");
        more.appendText(" · ");
        more.appendElement("a").attr("href", "register.html").text("承诺台账");
        more.appendText(" · ");
        more.appendElement("a").attr("href", "feed.xml").text("订阅（Atom）");
        return page;
    }

    private static void count(Element counts, int n, String what) {
        Element li = counts.appendElement("li");
        li.appendElement("strong").text(String.valueOf(n));
        li.appendText(" " + what);
    }

    private static void facet(Element main, String heading, List<BrowsePages.Group> groups) {
        if (groups.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").addClass("facet");
        section.appendElement("h2").text(heading);
        Element ul = section.appendElement("ul").addClass("facet-list");
        for (BrowsePages.Group g : groups) {
            Element li = ul.appendElement("li");
            li.appendElement("a").attr("href", g.page()).text(g.label());
            li.appendText("（" + g.docs().size() + "）");
        }
    }
}
