package org.gongwen.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.Paragraph;
import org.gongwen.model.Part;
import org.gongwen.model.Section;
import org.gongwen.model.Signatory;
import org.gongwen.model.SourceInfo;
import org.gongwen.normalize.Normalizer;
import org.junit.jupiter.api.Test;

class StructureParserTest {
    static DocumentRecord parse(Map<String, String> metadata, String... pages) {
        List<ExtractedPage> list = new ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            list.add(ExtractedPage.text(i + 1, pages[i], "text"));
        }
        Extraction e = new Extraction(new SourceInfo("t.txt", "0", "txt", 0, pages.length, List.of()), list, metadata,
                List.of());
        return new StructureParser().parse(new Normalizer().normalize(e), e);
    }

    static DocumentRecord parse(String... pages) {
        return parse(Map.of(), pages);
    }

    static String sample() throws IOException {
        try (InputStream in = StructureParserTest.class.getResourceAsStream(
                "/fixtures/structure/sample-yunchangaiban-2022-16.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void assertSample(DocumentRecord r) {
        assertThat(r.docNumber()).isEqualTo("云产改办〔2022〕16号");
        assertThat(r.issuer()).isEqualTo("云南省新时期产业工人队伍建设改革工作协调领导小组办公室");
        assertThat(r.title()).isEqualTo("关于印发王树芬同志在云南省产业工人队伍建设改革工作专题研修班上的讲话的通知");
        assertThat(r.date()).isEqualTo("2022-11-21");
        assertThat(r.docType()).isEqualTo("通知");
        assertThat(r.recipients()).containsExactly("各（州）市和省级产业系统公司产业工人队伍建设改革工作领导机构",
                "省新时期产业工人队伍建设改革工作协调领导小组办公室各成员单位");
        assertThat(r.parts()).hasSize(1);
        Part speech = r.parts().get(0);
        assertThat(speech.title()).isEqualTo("在云南省产业工人队伍建设改革工作专题研修班上的讲话");
        assertThat(speech.docType()).isEqualTo("讲话");
        assertThat(speech.date()).isEqualTo("2022-11-18");
        assertThat(speech.author()).isEqualTo("王树芬");
        Section root = speech.sections().get(0);
        assertThat(root.children()).extracting(Section::marker).containsExactly("一、", "二、", "三、");
        assertThat(root.children()).allMatch(s -> s.level() == 1);
        assertThat(root.children().stream().mapToInt(s -> s.children().size()).sum()).isEqualTo(12);
        assertThat(root.children().get(2).children()).extracting(Section::heading)
                .containsExactly("深刻领会习近平总书记关于产改的重要指示要求", "准确把握产改的目标任务要求", "抓住当前推动改革的着力点");
    }

    @Test
    void sampleNotice() throws IOException {
        DocumentRecord r = parse(sample());
        assertSample(r);
        assertThat(r.sections().get(0).paragraphs()).hasSize(1);
        assertThat(r.signatories()).containsExactly(
                new Signatory("云南省新时期产业工人队伍建设改革工作协调领导小组办公室", null, null));
    }

    @Test
    void paragraphSpansAreExactOffsetsIntoTheText() throws IOException {
        DocumentRecord r = parse(sample());
        List<Paragraph> all = new ArrayList<>();
        collect(r.parts().get(0).sections(), all);
        assertThat(all).hasSizeGreaterThan(20);
        for (Paragraph p : all) {
            assertThat(r.text().substring(p.start(), p.end())).isEqualTo(p.text());
        }
    }

    private static void collect(List<Section> sections, List<Paragraph> out) {
        for (Section s : sections) {
            out.addAll(s.paragraphs());
            collect(s.children(), out);
        }
    }

    /** The sample laid out like PDF output: 28 Han per line, page breaks inside sentences, stray spaces. */
    @Test
    void sampleShapedLikePdfText() throws IOException {
        assertSample(parse(PdfShape.of(sample())));
    }

    @Test
    void jointIssuanceHeaderUrgencyAndRecord() {
        DocumentRecord r = parse("""
                000123
                加 急
                中国人民银行
                公  安  部
                文件
                银发〔2017〕090号
                中国人民银行 公安部关于做好境外非政府组织代表机构人民币银行账户管理有关工作的通知
                中国人民银行上海总部，各分行、营业管理部：
                为规范境外非政府组织代表机构银行账户管理，现就有关事项通知如下。
                一、开户管理
                （一）银行应当核实登记证书。
                附件：1．账户开立清单
                2．联系表
                中国人民银行
                公安部
                2017年3月20日
                （此件公开发布）
                抄送：国务院办公厅，外交部。
                中国人民银行办公厅  2017年3月21日印发
                """);
        assertThat(r.copyNumber()).isEqualTo("000123");
        assertThat(r.urgency()).isEqualTo("加急");
        assertThat(r.docNumber()).isEqualTo("银发〔2017〕90号");
        assertThat(r.docNumberRaw()).isEqualTo("银发〔2017〕090号");
        assertThat(r.issuers()).containsExactly("中国人民银行", "公安部");
        assertThat(r.issuer()).isEqualTo("中国人民银行");
        assertThat(r.title()).isEqualTo("中国人民银行公安部关于做好境外非政府组织代表机构人民币银行账户管理有关工作的通知");
        assertThat(r.date()).isEqualTo("2017-03-20");
        assertThat(r.notes()).isEqualTo("（此件公开发布）");
        assertThat(r.cc()).containsExactly("国务院办公厅", "外交部");
        assertThat(r.printer()).isEqualTo("中国人民银行办公厅");
        assertThat(r.printDate()).isEqualTo("2017-03-21");
        assertThat(r.attachments()).extracting(a -> a.number() + ":" + a.title())
                .containsExactly("1:账户开立清单", "2:联系表");
        Section one = r.sections().get(0).children().get(0);
        assertThat(one.heading()).isEqualTo("开户管理");
        assertThat(one.children().get(0).marker()).isEqualTo("（一）");
    }

    @Test
    void jointTitleOrgansSplitWhereTheSourceHadSpaces() {
        DocumentRecord r = parse("""
                中国人民银行 工商总局关于个体工商户登记制度改革涉及银行账户管理有关事项的通知
                中国人民银行上海总部，各分行：
                现就有关事项通知如下。
                """);
        assertThat(r.issuers()).containsExactly("中国人民银行", "工商总局");
        assertThat(r.warnings()).extracting(p -> p.code()).contains("missing-doc-number", "missing-date");
    }

    @Test
    void orderWithDi() {
        DocumentRecord r = parse("""
                中国人民银行 中国证监会令〔2025〕第7号（金融基础设施监督管理办法）
                《金融基础设施监督管理办法》已经2025年5月23日中国人民银行第9次行务会议审议通过，现予公布，自2025年10月1日起施行。
                中国人民银行  行  长  潘功胜
                中国证监会    主  席  吴  清
                2025年7月25日
                金融基础设施监督管理办法
                第一章  总则
                第一条  为加强金融基础设施统筹监管，制定本办法。
                第二条  本办法适用于金融基础设施。
                第二章  监督管理
                第三条  中国人民银行负责统筹监管。
                """);
        assertThat(r.docNumber()).isEqualTo("中国人民银行中国证监会令〔2025〕第7号");
        assertThat(r.title()).isEqualTo("中国人民银行中国证监会令〔2025〕第7号（金融基础设施监督管理办法）");
        assertThat(r.docType()).isEqualTo("办法");
        assertThat(r.date()).isEqualTo("2025-07-25");
        assertThat(r.signatories().get(0)).isEqualTo(new Signatory("中国人民银行", "行长", "潘功胜"));
        assertThat(r.issuer()).isEqualTo("中国人民银行");
        Part regulation = r.parts().get(0);
        assertThat(regulation.title()).isEqualTo("金融基础设施监督管理办法");
        Section root = regulation.sections().get(0);
        assertThat(root.children()).extracting(Section::marker).containsExactly("第一章", "第二章");
        assertThat(root.children().get(0).heading()).isEqualTo("总则");
        assertThat(root.children().get(0).children()).extracting(Section::marker).containsExactly("第一条", "第二条");
        assertThat(root.children().get(0).children().get(0).level()).isEqualTo(2);
        assertThat(root.children().get(0).children().get(0).paragraphs().get(0).text())
                .isEqualTo("为加强金融基础设施统筹监管，制定本办法。");
    }

    @Test
    void announcementNumberWithoutCodeTakesTheMark() {
        DocumentRecord r = parse("中国人民银行公告\n（2007）第 21 号\n根据有关规定，现就有关事项公告如下。\n中国人民银行\n二〇〇七年八月二十七日\n");
        assertThat(r.docNumber()).isEqualTo("中国人民银行公告〔2007〕第21号");
        assertThat(r.date()).isEqualTo("2007-08-27");
    }

    @Test
    void attachmentsAsTheirOwnParts() {
        DocumentRecord r = parse("""
                中国人民银行文件
                银发〔2016〕314号
                中国人民银行关于印发《中国人民银行金融消费者权益保护实施办法》的通知
                中国人民银行上海总部，各分行：
                现将《中国人民银行金融消费者权益保护实施办法》印发给你们，请遵照执行。
                附件：中国人民银行金融消费者权益保护实施办法
                中国人民银行
                2016年12月14日
                附件
                中国人民银行金融消费者权益保护实施办法
                第一章 总则
                第一条 为保护金融消费者合法权益，制定本办法。
                """);
        assertThat(r.attachments()).hasSize(1);
        assertThat(r.attachments().get(0).title()).isEqualTo("中国人民银行金融消费者权益保护实施办法");
        assertThat(r.attachments().get(0).sections().get(0).children().get(0).id()).isEqualTo("a1-s1");
        assertThat(r.parts()).extracting(Part::title, Part::docType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("中国人民银行金融消费者权益保护实施办法", "办法"));
    }

    @Test
    void shiAndColumnTrees() {
        DocumentRecord r = parse("""
                关于推进产业工人队伍建设的意见
                各市人民政府：
                一、总体要求
                一是加强组织领导
                要建立协调机制。
                二是强化政策保障
                专栏1 重点工程
                实施技能提升工程。
                三是技能素质不断提升。全省财政累计投入职业教育经费429.4亿元。
                （一）主要目标
                1．到2025年，技能人才总量达到500万人。
                （1）高技能人才占比提高。
                ①加强培训。
                """);
        assertThat(r.docType()).isEqualTo("意见");
        Section one = r.sections().get(0).children().get(0);
        assertThat(one.children()).extracting(Section::marker).containsExactly("一是", "二是", "（一）");
        Section second = one.children().get(1);
        assertThat(second.children()).extracting(Section::marker).containsExactly("专栏1");
        assertThat(second.children().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("实施技能提升工程。", "三是技能素质不断提升。全省财政累计投入职业教育经费429.4亿元。");
        Section target = one.children().get(2);
        assertThat(target.id()).isEqualTo("s1-3");
        assertThat(target.children().get(0).marker()).isEqualTo("1．");
        assertThat(target.children().get(0).children().get(0).marker()).isEqualTo("（1）");
        assertThat(target.children().get(0).children().get(0).children().get(0).marker()).isEqualTo("①");
    }

    @Test
    void portalTableFillsGapsAndDisagreementsAreWarned() {
        DocumentRecord r = parse(Map.of("发文字号", "银发〔2025〕124号", "成文日期", "2025-06-20", "发布日期", "2025/6/22",
                        "发文机关", "中国人民银行"),
                "中国人民银行关于印发《贵金属和宝石从业机构反洗钱和反恐怖融资管理办法》的通知\n各分行：\n现印发给你们。\n中国人民银行\n"
                        + "2025年6月22日\n");
        assertThat(r.docNumber()).isEqualTo("银发〔2025〕124号");
        assertThat(r.date()).isEqualTo("2025-06-22");
        assertThat(r.published()).isEqualTo("2025-06-22");
        assertThat(r.warnings()).extracting(p -> p.code()).containsExactly("portal-date-differs");
    }

    @Test
    void portalTablePastedAsText() {
        DocumentRecord r = parse("""
                中国人民银行 国家金融监督管理总局
                关于印发《系统重要性保险公司评估办法》的通知
                标题：
                中国人民银行 国家金融监督管理总局
                关于印发《系统重要性保险公司评估办法》的通知
                索引号：
                HB/2023-5134021
                文号：
                银发〔2023〕208号
                发布日期：
                2023年10月23日
                中国人民银行上海总部，各省、自治区、直辖市及计划单列市分行：
                为完善监管框架，现印发给你们。
                中国人民银行
                国家金融监督管理总局
                2023年10月7日
                """);
        assertThat(r.title()).isEqualTo("中国人民银行国家金融监督管理总局关于印发《系统重要性保险公司评估办法》的通知");
        assertThat(r.docNumber()).isEqualTo("银发〔2023〕208号");
        assertThat(r.issuers()).containsExactly("中国人民银行", "国家金融监督管理总局");
        assertThat(r.date()).isEqualTo("2023-10-07");
        assertThat(r.published()).isEqualTo("2023-10-23");
        assertThat(r.recipients()).containsExactly("中国人民银行上海总部", "各省", "自治区", "直辖市及计划单列市分行");
    }

    @Test
    void dateGluedToTheSignatureLine() {
        DocumentRecord r = parse("中国人民银行令\n〔2009〕第2号\n《电子商业汇票业务管理办法》已经行长办公会议通过，现予公布。\n"
                + "行长：周小川二〇〇九年十月十六日\n电子商业汇票业务管理办法\n第一条 为规范电子商业汇票业务，制定本办法。\n");
        assertThat(r.date()).isEqualTo("2009-10-16");
        assertThat(r.signatories()).containsExactly(new Signatory("", "行长", "周小川"));
        assertThat(r.docNumber()).isEqualTo("中国人民银行令〔2009〕第2号");
        assertThat(r.title()).isEqualTo("电子商业汇票业务管理办法");
    }
}
