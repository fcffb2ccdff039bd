package org.gongwen.ingest;

import org.gongwen.ingest.ocr.OcrMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private final Ingestor ingestor = new Ingestor(OcrMode.OFF);

    private Extraction read(String name, byte[] bytes) {
        return ingestor.extract(new SourceFile(name, bytes));
    }

    private Extraction fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/html/" + name)) {
            return read(name, in.readAllBytes());
        }
    }

    @Test
    void readsTheGovCnMetadataTableOfTheSamplePage() throws IOException {
        Extraction e = fixture("sample.html");
        assertThat(e.metadata()).containsExactly(
                entry("索引号", "11530000MB0000000X/2022-00016"),
                entry("主题分类", "劳动、人事、监察\\职工"),
                entry("发文机关", "云南省新时期产业工人队伍建设改革工作协调领导小组办公室"),
                entry("成文日期", "2022年11月21日"),
                entry("标题", "关于印发王树芬同志在云南省产业工人队伍建设改革工作专题研修班上的讲话的通知"),
                entry("发文字号", "云产改办〔2022〕16号"),
                entry("发布日期", "2022年11月25日"),
                entry("meta:ArticleTitle", "关于印发王树芬同志在云南省产业工人队伍建设改革工作专题研修班上的讲话的通知"),
                entry("meta:PubDate", "2022-11-25 09:30"),
                entry("meta:ContentSource", "云南省新时期产业工人队伍建设改革工作协调领导小组办公室"),
                entry("encoding", "UTF-8"));
    }

    @Test
    void takesTheBodyFromTheContentAreaOnly() throws IOException {
        String text = fixture("sample.html").pages().get(0).text();
        assertThat(text).startsWith("云南省新时期产业工人队伍建设改革\n工作协调领导小组办公室文件\n\n云产改办〔2022〕16号\n\n"
                + "关于印发王树芬同志在云南省产业工人队伍\n建设改革工作专题研修班上的讲话的通知\n\n各（州）市和省级产业系统公司");
        assertThat(text).doesNotContain("首页", "政务公开", "当前位置", "主办单位", "版权所有", "索引号", "querySelectorAll");
        assertThat(text).contains("\n\n王树芬\n\n同志们：\n\n");
    }

    @Test
    void boldLabelsFollowedByTheirValueInOneElement() {
        String page = "<html><body><ul class='info'><li><b>索 引 号：</b><span>000014453/2024-00001</span></li>"
                + "<li><strong>发文字号：</strong>银发〔2024〕1号</li><li><b>标　　题：</b>中国人民银行 财政部关于"
                + "印发《征信投诉办理规程》的通知</li></ul><p>成文日期：2024年1月5日</p>"
                + "<div class='TRS_Editor'><p>各分行：</p><p>现将《征信投诉办理规程》印发给你们，请遵照执行。</p></div>"
                + "</body></html>";
        Extraction e = read("p.htm", page.getBytes(StandardCharsets.UTF_8));
        assertThat(e.metadata()).containsEntry("索引号", "000014453/2024-00001")
                .containsEntry("发文字号", "银发〔2024〕1号")
                .containsEntry("标题", "中国人民银行 财政部关于印发《征信投诉办理规程》的通知")
                .containsEntry("成文日期", "2024年1月5日");
        assertThat(e.pages().get(0).text()).isEqualTo("各分行：\n\n现将《征信投诉办理规程》印发给你们，请遵照执行。");
    }

    @Test
    void labelCellsWithoutColonAndGb2312Declaration() {
        String page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body>"
                + "<table><tr><td>发文机关</td><td>中国人民银行</td><td>发文字号</td><td>银发〔2016〕170号</td></tr>"
                + "</table><div id='zoom'><p>　　为进一步加强银行卡信息的安全管理，现将有关事项通知如下：</p></div>"
                + "</body></html>";
        Extraction e = read("p.html", page.getBytes(Charset.forName("GBK")));
        assertThat(e.metadata()).containsEntry("发文机关", "中国人民银行").containsEntry("发文字号", "银发〔2016〕170号")
                .containsEntry("encoding", "GB18030");
        assertThat(e.pages().get(0).text()).isEqualTo("为进一步加强银行卡信息的安全管理，现将有关事项通知如下：");
    }

    @Test
    void undeclaredGbkPageWithoutKnownContainerUsesTheDensestBlock() {
        String page = "<html><body><div class='nav'><a href='#'>首页</a> <a href='#'>机构设置</a> <a href='#'>新闻发布</a>"
                + "</div><div class='main'><div class='text'><p>关于做好特殊残缺污损人民币兑换工作有关事项的通知</p>"
                + "<p>　　为保护人民币持有人的合法权益，现就有关事项通知如下：</p><p>　　一、各银行业金融机构应当做好兑换工作。</p>"
                + "</div></div><div class='foot'>网站地图 | 联系我们</div></body></html>";
        Extraction e = read("p.html", page.getBytes(Charset.forName("GBK")));
        assertThat(e.pages().get(0).text()).isEqualTo("关于做好特殊残缺污损人民币兑换工作有关事项的通知\n\n"
                + "为保护人民币持有人的合法权益，现就有关事项通知如下：\n\n一、各银行业金融机构应当做好兑换工作。");
        assertThat(e.metadata()).containsEntry("encoding", "GB18030");
    }

    @Test
    void brLinesIndentedWithFullWidthSpacesAreParagraphs() {
        String page = "<html><body><div class='TRS_Editor'>各分行：<br>　　第一条　为规范管理，制定本办法。<br>"
                + "　　第二条　本办法适用于境内机构，<br>包括分支机构。</div></body></html>";
        assertThat(read("p.html", page.getBytes(StandardCharsets.UTF_8)).pages().get(0).text())
                .isEqualTo("各分行：\n\n第一条　为规范管理，制定本办法。\n\n第二条　本办法适用于境内机构，\n包括分支机构。");
    }
}
