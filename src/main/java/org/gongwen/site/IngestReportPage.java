package org.gongwen.site;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The readable page of an ingest report ({@code output/reports/ingest-<time>.html}): one row per file offered, with
 * what was found in it. Built with jsoup's DOM, so every value is escaped (a title holding {@code <script>} shows as
 * text).
 *
 * <p>Example row: {@code scan.pdf | added | 银发〔2014〕168号_3f1c9a2b.pdf | 银发〔2014〕168号 | 关于…的通知 | 2014-06-03 |
 * 通知 | 12 | 3 | needs-ocr: …}.
 */
public final class IngestReportPage {
    private static final String[] HEADINGS = {"文件", "结果", "语料库文件名", "发文字号", "标题", "成文日期", "文种", "数字",
        "承诺", "警告", "说明"};
    private static final String STYLE = "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",sans-serif;"
            + "margin:1.5em}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em .5em;"
            + "vertical-align:top;text-align:left}td.n{text-align:right}tr.failed{background:#fee}"
            + "tr.skipped{color:#666}ul{margin:0;padding-left:1.2em}";

    private IngestReportPage() {
    }

    /**
     * One file offered to {@code gongwen ingest}.
     *
     * @param input       the path as given
     * @param status      {@code added}, {@code skipped} (identical bytes already in the corpus) or {@code failed}
     * @param corpusFile  its name in the corpus (the existing file's for skipped ones), null when failed
     * @param sha256      SHA-256 of its bytes, null when unreadable
     * @param docNumber   发文字号 found, null when none
     * @param title       title found, null when none
     * @param date        成文日期 found, null when none
     * @param docType     文种 found, null when none
     * @param figures     number of figure entities
     * @param commitments number of commitments
     * @param warnings    the record's warnings as {@code code: message}
     * @param note        why it was skipped or failed, or what the build made of it, null when nothing to say
     */
    public record Entry(String input, String status, String corpusFile, String sha256, String docNumber, String title,
                        String date, String docType, int figures, int commitments, List<String> warnings,
                        String note) {
        public Entry {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(status, "status");
            warnings = List.copyOf(warnings);
        }
    }

    /** The HTML page for a report made at {@code time} (shown in the heading). */
    public static String render(String time, List<Entry> entries, String buildSummary) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(true);
        doc.select("html").attr("lang", "zh-CN");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.title("入库报告 " + time);
        doc.head().appendElement("style").appendText(STYLE);
        Element body = doc.body();
        body.appendElement("h1").text("入库报告 " + time);
        long added = entries.stream().filter(e -> e.status().equals("added")).count();
        long skipped = entries.stream().filter(e -> e.status().equals("skipped")).count();
        body.appendElement("p").text("新增 " + added + " 件，重复跳过 " + skipped + " 件，失败 "
                + (entries.size() - added - skipped) + " 件。" + (buildSummary == null ? "" : " " + buildSummary));
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : HEADINGS) {
            head.appendElement("th").attr("scope", "col").text(h);
        }
        Element rows = table.appendElement("tbody");
        for (Entry e : entries) {
            row(rows.appendElement("tr").addClass(e.status()), e);
        }
        return doc.outerHtml() + "\n";
    }

    private static void row(Element tr, Entry e) {
        tr.appendElement("td").text(e.input());
        tr.appendElement("td").text(e.status());
        tr.appendElement("td").text(Objects.toString(e.corpusFile(), ""));
        tr.appendElement("td").text(Objects.toString(e.docNumber(), ""));
        tr.appendElement("td").text(Objects.toString(e.title(), ""));
        tr.appendElement("td").text(Objects.toString(e.date(), ""));
        tr.appendElement("td").text(Objects.toString(e.docType(), ""));
        tr.appendElement("td").addClass("n").text(String.valueOf(e.figures()));
        tr.appendElement("td").addClass("n").text(String.valueOf(e.commitments()));
        Element warnings = tr.appendElement("td");
        if (!e.warnings().isEmpty()) {
            Element list = warnings.appendElement("ul");
            e.warnings().forEach(w -> list.appendElement("li").text(w));
        }
        tr.appendElement("td").text(Objects.toString(e.note(), ""));
    }
}
