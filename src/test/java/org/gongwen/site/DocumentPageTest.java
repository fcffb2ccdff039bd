package org.gongwen.site;

import org.gongwen.model.Commitment;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
import org.gongwen.model.Paragraph;
import org.gongwen.model.Section;
import org.gongwen.model.SourceInfo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document page from hand-built records: metadata, headings, highlights, citations, commitments, escaping. */
class DocumentPageTest {
    static final String CITING_TEXT = "关于落实的通知\n一、工作目标\n根据银发[2014]168号要求，到2025年，覆盖率达到90%。<script>alert(1)</script>\n";
    static final String CITED_TEXT = "关于普惠金融的意见\n正文。\n";

    static DocumentRecord citing() {
        String text = CITING_TEXT;
        int headingStart = text.indexOf("一、");
        int paraStart = text.indexOf("根据");
        int paraEnd = text.indexOf('\n', paraStart);
        Section heading = new Section("s1", 1, "一、", "工作目标",
                List.of(new Paragraph(text.substring(paraStart, paraEnd), paraStart, paraEnd)), List.of(),
                headingStart, paraEnd);
        Section root = new Section("s0", 0, "", "", List.of(), List.of(heading), headingStart, paraEnd);
        int year = text.indexOf("2025年");
        int figure = text.indexOf("90%");
        return DocumentRecord.builder(text, new SourceInfo("a.txt", "ab".repeat(32), "txt", 10, 1, List.of()))
                .docNumber("云金办〔2024〕3号").title("关于落实的通知").issuer("云南省金融办").docType("通知")
                .date("2024-03-01").recipients(List.of("各州市", "各银行"))
                .sections(List.of(root))
                .entities(List.of(new Entity("date", "2025年", year, year + 5, EntityValue.of("2025"), null, null,
                                null, List.of(), null),
                        new Entity("figure", "90%", figure, figure + 3, EntityValue.of(new BigDecimal("0.9")), null,
                                "%", ">=", List.of(), null)))
                .commitments(List.of(new Commitment("target", "到2025年，覆盖率达到90%", "覆盖率", null, ">=",
                        new BigDecimal("90"), null, "%", "2025", null, null, "s1", year - 1, figure + 3)))
                .build();
    }

    static DocumentRecord cited() {
        return DocumentRecord.builder(CITED_TEXT, new SourceInfo("b.txt", "cd".repeat(32), "txt", 10, 1, List.of()))
                .docNumber("银发〔2014〕168号").title("关于普惠金融的意见").date("2014-05-01").build();
    }

    private static Document render(DocumentRecord record, String id, List<SiteDocument> all) {
        SiteContext site = new SiteContext(all, SiteMemo.empty());
        byte[] html = DocumentPage.render(site.byId.get(id), site).bytes();
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void showsTheMetadataTableHeadingsHighlightsAndCommitments() {
        List<SiteDocument> all = List.of(SiteDocuments.of("a", citing()), SiteDocuments.of("b", cited()));
        Document page = render(citing(), "a", all);
        assertThat(page.select("table.meta tr").eachText()).containsExactly("发文机关 云南省金融办",
                "发文字号 云金办〔2024〕3号", "成文日期 2024-03-01", "发布日期 —", "文种 通知", "主送 各州市、各银行", "抄送 —");
        assertThat(page.select(".doc-body h2#s1").text()).isEqualTo("§一、工作目标");
        assertThat(page.select(".doc-body .ent-date").text()).isEqualTo("2025年");
        assertThat(page.select(".doc-body .ent-figure").attr("title")).isEqualTo("数字：0.9%");
        assertThat(page.select("#commitments tbody tr td").eachText())
                .containsExactly("目标", "到2025年，覆盖率达到90%", "覆盖率", "≥ 90 %", "2025");
        assertThat(page.select("#commitments a").attr("href")).isEqualTo("#s1");
    }

    @Test
    void documentTextIsEscapedNeverMarkup() {
        Document page = render(citing(), "a", List.of(SiteDocuments.of("a", citing())));
        assertThat(page.select("script")).extracting(e -> e.attr("src")).allMatch(src -> src.startsWith("../assets/"));
        assertThat(page.select(".doc-body p").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void citationsLinkBothWays() {
        List<SiteDocument> all = List.of(SiteDocuments.of("a", citing()), SiteDocuments.of("b", cited()));
        Document citingPage = render(citing(), "a", all);
        assertThat(citingPage.select(".doc-body a.cite").attr("href")).isEqualTo("b.html");
        assertThat(citingPage.select(".doc-body a.cite").text()).isEqualTo("银发[2014]168号");
        Document citedPage = render(cited(), "b", all);
        assertThat(citedPage.select(".links a").attr("href")).isEqualTo("a.html");
    }

    @Test
    void aRecordWithOnlyTextShowsEveryLine() {
        DocumentRecord plain = DocumentRecord.builder("第一行\n\n  第二行 <b>粗</b>\n1. 不是列表\n",
                new SourceInfo("p.txt", "ef".repeat(32), "txt", 10, 1, List.of())).build();
        Document page = render(plain, "p", List.of(SiteDocuments.of("p", plain)));
        assertThat(page.select(".doc-body p").eachText()).containsExactly("第一行", "第二行 <b>粗</b>", "1. 不是列表");
        assertThat(page.select("h1").text()).isEqualTo("p.txt");
    }
}
