package org.gongwen.site;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The browse pages: one page per year, per issuer and per 文种 ({@code browse/year-2022.html},
 * {@code browse/issuer-中国人民银行.html}, {@code browse/type-通知.html}), and the 发文字号 index.
 */
final class BrowsePages {
    /** One facet value with its page and documents (newest first). */
    record Group(String label, String page, List<SiteDocument> docs) {
    }

    private BrowsePages() {
    }

    static List<Group> years(SiteContext site) {
        List<Group> groups = groups(site, SiteDocument::year, "year-");
        groups.sort(Comparator.comparing(Group::label).reversed());
        return groups;
    }

    static List<Group> issuers(SiteContext site) {
        return groups(site, d -> d.record().issuer(), "issuer-");
    }

    static List<Group> types(SiteContext site) {
        return groups(site, d -> d.record().docType(), "type-");
    }

    private static List<Group> groups(SiteContext site, Function<SiteDocument, String> facet, String prefix) {
        Map<String, List<SiteDocument>> byValue = new TreeMap<>();
        for (SiteDocument d : site.newestFirst) {
            String v = facet.apply(d);
            if (v != null && !v.isBlank()) {
                byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(d);
            }
        }
        List<Group> groups = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        byValue.forEach((v, docs) -> {
            String name = prefix + DocumentIds.safe(v);
            // two values that differ only in punctuation would share a file name: number the later ones
            String unique = name;
            for (int n = 2; !used.add(unique); n++) {
                unique = name + "-" + n;
            }
            groups.add(new Group(v, "browse/" + unique + ".html", docs));
        });
        return groups;
    }

    static Page page(String heading, Group group) {
        Page page = new Page(heading + "：" + group.label(), "../");
        page.main().appendElement("h1").text(heading + "：" + group.label() + "（" + group.docs().size() + " 篇）");
        DocumentList.append(page.main(), group.docs(), "../");
        return page;
    }

    /** Every document with a 发文字号, sorted by it (机关代字, then year, then number as printed). */
    static Page docNumberIndex(SiteContext site) {
        Page page = new Page("发文字号索引", "");
        page.main().appendElement("h1").text("发文字号索引");
        List<SiteDocument> numbered = new ArrayList<>(site.newestFirst.stream()
                .filter(d -> d.record().docNumber() != null).toList());
        numbered.sort(Comparator.comparing((SiteDocument d) -> d.record().docNumber()).thenComparing(SiteDocument::id));
        Element table = page.main().appendElement("table").addClass("data");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("发文字号");
        head.appendElement("th").attr("scope", "col").text("标题");
        head.appendElement("th").attr("scope", "col").text("成文日期");
        Element body = table.appendElement("tbody");
        for (SiteDocument d : numbered) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", d.page()).text(d.record().docNumber());
            tr.appendElement("td").text(d.displayTitle());
            tr.appendElement("td").text(d.record().date() == null ? "" : d.record().date());
        }
        return page;
    }
}
