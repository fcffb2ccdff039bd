package org.gongwen.site;

import java.util.Objects;
import org.gongwen.model.Commitment;
import org.gongwen.model.Register;
import org.jsoup.nodes.Element;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The commitments register: every commitment of every document in one table, filterable by owner, deadline year,
 * document and kind, sortable by column ({@code register.js}), with a progress bar where observations exist and the
 * CSV/XLSX/JSON downloads. Without JavaScript the full table still shows.
 */
final class RegisterPage {
    private static final List<String> COLUMNS = List.of("文件", "类型", "内容", "指标", "目标值", "期限", "责任单位", "进展");

    private RegisterPage() {
    }

    static Page render(Register register, List<String> downloads) {
        Page page = new Page("承诺台账", "");
        Element main = page.main();
        main.appendElement("h1").text("承诺台账（" + register.entries().size() + " 项）");
        if (!downloads.isEmpty()) {
            Element p = main.appendElement("p").addClass("downloads").text("下载：");
            for (String d : downloads) {
                p.appendElement("a").attr("href", d).attr("download", "").text(d.substring(d.lastIndexOf('.') + 1)
                        .toUpperCase(java.util.Locale.ROOT));
                p.appendText(" ");
            }
        }
        filters(main.appendElement("form").addClass("filters").id("register-filters"), register.entries());
        main.appendElement("p").id("register-count").attr("aria-live", "polite");
        table(main, register.entries());
        page.script("assets/register.js");
        return page;
    }

    private static void filters(Element form, List<Register.Entry> entries) {
        select(form, "owner", "责任单位", entries, e -> e.commitment().owner());
        select(form, "year", "期限年份", entries, e -> year(e.commitment()));
        select(form, "doc", "文件", entries, e -> docLabel(e));
        select(form, "kind", "类型", entries, e -> Commitments.kindLabel(e.commitment().kind()));
    }

    private static void select(Element form, String name, String label, List<Register.Entry> entries,
                               Function<Register.Entry, String> value) {
        Element wrapper = form.appendElement("label").text(label + " ");
        Element select = wrapper.appendElement("select").attr("name", name);
        select.appendElement("option").attr("value", "").text("全部");
        TreeSet<String> values = new TreeSet<>();
        entries.forEach(e -> {
            String v = value.apply(e);
            if (v != null && !v.isBlank()) {
                values.add(v);
            }
        });
        values.forEach(v -> select.appendElement("option").attr("value", v).text(v));
    }

    private static void table(Element main, List<Register.Entry> entries) {
        Element table = main.appendElement("table").addClass("data").addClass("sortable").id("register");
        Element head = table.appendElement("thead").appendElement("tr");
        for (int i = 0; i < COLUMNS.size(); i++) {
            head.appendElement("th").attr("scope", "col").attr("aria-sort", "none").appendElement("button")
                    .attr("type", "button").attr("data-column", String.valueOf(i)).text(COLUMNS.get(i));
        }
        Element body = table.appendElement("tbody");
        for (Register.Entry e : entries) {
            row(body.appendElement("tr").id("c-" + DocumentIds.safe(e.id())), e);
        }
    }

    private static void row(Element tr, Register.Entry e) {
        Commitment c = e.commitment();
        tr.attr("data-owner", Objects.toString(c.owner(), "")).attr("data-year", Objects.toString(year(c), ""))
                .attr("data-doc", docLabel(e)).attr("data-kind", Commitments.kindLabel(c.kind()));
        Element doc = tr.appendElement("td");
        doc.appendElement("a").attr("href", SiteDocument.pagePath(e.doc().id())).text(docLabel(e));
        tr.appendElement("td").text(Commitments.kindLabel(c.kind()));
        tr.appendElement("td").text(c.text());
        tr.appendElement("td").text(Objects.toString(c.metric(), ""));
        tr.appendElement("td").attr("data-sort", c.value() == null ? "" : c.value().toPlainString())
                .text(Commitments.valueText(c));
        tr.appendElement("td").text(Objects.toString(c.deadline(), ""));
        tr.appendElement("td").text(Objects.toString(c.owner(), ""));
        progress(tr.appendElement("td"), e);
    }

    private static void progress(Element td, Register.Entry e) {
        if (e.progress().isEmpty()) {
            td.attr("data-sort", "-1");
            return;
        }
        Register.Progress latest = e.progress().get(e.progress().size() - 1);
        if (latest.ratio() != null) {
            BigDecimal ratio = latest.ratio().max(BigDecimal.ZERO);
            int percent = ratio.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValue();
            td.attr("data-sort", ratio.toPlainString());
            td.appendElement("progress").attr("max", "1").attr("value", ratio.min(BigDecimal.ONE).toPlainString())
                    .attr("aria-label", "完成 " + percent + "%").text(percent + "%");
            td.appendElement("span").addClass("percent").text(percent + "%");
        }
        Element note = td.appendElement("div").addClass("observation");
        note.appendText(latest.observation().text() + "（");
        note.appendElement("a").attr("href", SiteDocument.pagePath(latest.doc().id()))
                .text(Objects.toString(latest.doc().docNumber(), Objects.toString(latest.observation().asOf(), "")));
        note.appendText("）");
    }

    private static String year(Commitment c) {
        return c.deadline() != null && c.deadline().matches("\\d{4}.*") ? c.deadline().substring(0, 4) : null;
    }

    private static String docLabel(Register.Entry e) {
        if (e.doc().docNumber() != null) {
            return e.doc().docNumber();
        }
        return e.doc().title() != null ? e.doc().title() : e.doc().fileName();
    }
}
