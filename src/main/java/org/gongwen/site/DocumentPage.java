package org.gongwen.site;

import java.util.Objects;
import org.gongwen.model.Commitment;
import org.gongwen.model.DocumentRecord;
import org.gongwen.publish.FieldDigest;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * A document's page: the gov.cn-style metadata table (发文机关, 发文字号, 成文日期, 发布日期, 文种, 主送, 抄送), the body
 * with anchored headings and highlighted entities (toggle), the commitments, what it cites and who cites it, and the
 * original file.
 */
final class DocumentPage {
    private DocumentPage() {
    }

    static Page render(SiteDocument doc, SiteContext site) {
        DocumentRecord r = doc.record();
        Page page = new Page(doc.displayTitle(), "../");
        Element main = page.main().appendElement("article").addClass("document").id("document");
        main.appendElement("h1").addClass("doc-title").text(doc.displayTitle());
        metadata(main, r);
        CorrectionNote.append(main, r.corrections());
        Element tools = main.appendElement("div").addClass("doc-tools");
        tools.appendElement("button").attr("type", "button").id("toggle-highlights").attr("aria-pressed", "true")
                .text("标注：开");
        if (doc.original() != null) {
            Element original = tools.appendElement("a").addClass("original").attr("href", "../" + doc.originalPath())
                    .text("原件（" + r.source().fileName() + "）");
            if (doc.originalShownAsText()) {
                original.attr("type", "text/plain").text("原件（" + r.source().fileName() + "，以纯文本显示）");
            }
        }
        for (int k = 0; k < doc.others().size(); k++) {
            tools.appendElement("a").addClass("original").addClass("other-source")
                    .attr("href", "../" + doc.otherPath(k)).text("其他版本（" + r.otherSources().get(k).fileName() + "）");
        }
        tools.appendElement("a").attr("href", "../markdown/" + doc.id() + ".md").text("Markdown");
        legend(tools);
        Element body = main.appendElement("section").addClass("doc-body").attr("aria-label", "正文");
        List<Block> blocks = BodyOutline.of(r);
        BodyRenderer.render(body, blocks, r.text(), site.spans(doc.id()));
        commitments(main, r.commitments(), blocks);
        citations(main, doc, site);
        return page;
    }

    /**
     * The page's memo key: everything {@link #render} reads. The record (by hash) and id; the spans (by digest; they
     * are a function of the record, the id and the citation index); whether there is an original and the other
     * sources' file names (their links); the documents cited and citing, with the title and 发文字号 shown for each.
     */
    static String key(SiteDocument doc, SiteContext site) {
        FieldDigest key = new FieldDigest("document page").add(doc.id()).add(site.recordHash(doc.id()))
                .add(site.spanMemo(doc.id()).digest()).add(doc.original() != null).add(doc.others().size());
        for (int k = 0; k < doc.others().size(); k++) {
            key.add(doc.otherPath(k));
        }
        linkKeys(key.add("cites"), site.targets(doc.id()), site);
        linkKeys(key.add("cited by"), site.citedBy.getOrDefault(doc.id(), List.of()), site);
        return key.hex();
    }

    private static void linkKeys(FieldDigest key, List<String> ids, SiteContext site) {
        key.add(ids.size());
        for (String id : ids) {
            SiteDocument d = site.byId.get(id);
            key.add(id).add(d.displayTitle()).add(d.record().docNumber());
        }
    }

    private static void metadata(Element main, DocumentRecord r) {
        Element table = main.appendElement("table").addClass("meta");
        table.appendElement("caption").addClass("visually-hidden").text("文件信息");
        row(table, "发文机关", r.issuers().size() > 1 ? String.join("、", r.issuers()) : r.issuer());
        row(table, "发文字号", r.docNumber());
        row(table, "成文日期", r.date());
        row(table, "发布日期", r.published());
        row(table, "文种", r.docType());
        row(table, "主送", String.join("、", r.recipients()));
        row(table, "抄送", String.join("、", r.cc()));
    }

    private static void row(Element table, String label, String value) {
        Element tr = table.appendElement("tr");
        tr.appendElement("th").attr("scope", "row").text(label);
        tr.appendElement("td").text(value == null || value.isBlank() ? "—" : value);
    }

    private static void legend(Element tools) {
        Element legend = tools.appendElement("span").addClass("legend");
        for (String[] kind : new String[][] {{"figure", "数字"}, {"date", "日期"}, {"deadline", "期限"}, {"org", "机关"}}) {
            legend.appendElement("span").addClass("ent").addClass("ent-" + kind[0]).text(kind[1]);
        }
    }

    private static void commitments(Element main, List<Commitment> commitments, List<Block> blocks) {
        if (commitments.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").addClass("commitments").id("commitments");
        section.appendElement("h2").text("承诺与目标（" + commitments.size() + "）");
        Element table = section.appendElement("table").addClass("data");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("类型", "内容", "指标", "目标值", "期限", "责任单位")) {
            head.appendElement("th").attr("scope", "col").text(h);
        }
        Element tbody = table.appendElement("tbody");
        for (Commitment c : commitments) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").text(Commitments.kindLabel(c.kind()));
            Element text = tr.appendElement("td");
            String anchor = anchorAt(blocks, c.start());
            if (anchor != null) {
                text.appendElement("a").attr("href", "#" + anchor).text(c.text());
            } else {
                text.text(c.text());
            }
            tr.appendElement("td").text(Objects.toString(c.metric(), ""));
            tr.appendElement("td").text(Commitments.valueText(c));
            tr.appendElement("td").text(Objects.toString(c.deadline(), ""));
            tr.appendElement("td").text(Objects.toString(c.owner(), ""));
        }
    }

    /** The anchor of the last heading at or before an offset: where a commitment stands in the body. */
    private static String anchorAt(List<Block> blocks, int offset) {
        String anchor = null;
        for (Block b : blocks) {
            if (b.heading() && b.hasSpan() && b.start() <= offset) {
                anchor = b.anchor();
            }
        }
        return anchor;
    }

    private static void citations(Element main, SiteDocument doc, SiteContext site) {
        List<String> cites = site.targets(doc.id());
        List<String> citedBy = site.citedBy.getOrDefault(doc.id(), List.of());
        links(main, "本文引用", cites, site);
        links(main, "被以下文件引用", citedBy, site);
    }

    private static void links(Element main, String heading, List<String> ids, SiteContext site) {
        if (ids.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").addClass("links");
        section.appendElement("h2").text(heading);
        Element ul = section.appendElement("ul");
        for (String id : ids) {
            SiteDocument d = site.byId.get(id);
            Element li = ul.appendElement("li");
            li.appendElement("a").attr("href", id + ".html").text(d.displayTitle());
            if (d.record().docNumber() != null) {
                li.appendText("（" + d.record().docNumber() + "）");
            }
        }
    }
}
