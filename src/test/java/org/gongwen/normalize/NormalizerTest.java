package org.gongwen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.NormalizedText;
import org.gongwen.model.SourceInfo;
import org.junit.jupiter.api.Test;

class NormalizerTest {
    private static Extraction extraction(String format, String... pages) {
        List<ExtractedPage> list = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            list.add(ExtractedPage.text(i + 1, pages[i], "text"));
        }
        SourceInfo info = new SourceInfo("x." + format, "0", format, 0, pages.length, List.of());
        return new Extraction(info, list, Map.of(), List.of());
    }

    private static String normalize(String text) {
        return new Normalizer().normalize(extraction("txt", text)).text();
    }

    @Test
    void removesSpacesBetweenHanAndAroundNumbers() {
        assertThat(normalize("产业工人队伍 建设改革")).isEqualTo("产业工人队伍建设改革");
        assertThat(normalize("超过 2.5 万名，到 2025 年，自 2017 年")).isEqualTo("超过2.5万名，到2025年，自2017年");
    }

    @Test
    void keepsLatinSpacesAndLayoutGaps() {
        assertThat(normalize("GB/T 9704 standard")).isEqualTo("GB/T 9704 standard");
        assertThat(normalize("中国人民银行  行  长  潘功胜")).isEqualTo("中国人民银行 行长 潘功胜");
    }

    @Test
    void foldsFullWidthAsciiButKeepsChinesePunctuation() {
        assertThat(normalize("２０２２年增长１５％，（一）《办法》：“是”；")).isEqualTo("2022年增长15%，（一）《办法》：“是”；");
    }

    @Test
    void removesZeroWidthCharactersAndEmphasis() {
        assertThat(normalize("云产改办\u200B〔2022〕\uFEFF16号")).isEqualTo("云产改办〔2022〕16号");
        assertThat(normalize("一是**思想政治建设成效显著**。")).isEqualTo("一是思想政治建设成效显著。");
    }

    @Test
    void joinsSentencesBrokenByPageBreaksButKeepsParagraphs() {
        String running = "党的二十大描绘了全面建设社会主义现代化国家、全面推进中华民族伟大复兴的宏伟蓝图，各地要完善职";
        String text = running + "\n\n业介绍服务。\n\n一、充分把握我省产改工作取得的成效和经验\n\n自2017年启动改革以来，成效显著。";
        assertThat(normalize(text)).isEqualTo(running + "业介绍服务。\n一、充分把握我省产改工作取得的成效和经验\n"
                + "自2017年启动改革以来，成效显著。");
    }

    @Test
    void joinsAcrossFormFeedAndNumbersBrokenOverLines() {
        String running = "全省财政累计投入职业教育经费，组织职工参加各类培训，发放补助金合计达到";
        NormalizedText n = new Normalizer().normalize(extraction("pdf", running + "30", "00万元。"));
        assertThat(n.text()).isEqualTo(running + "3000万元。");
    }

    @Test
    void joinsLinesWrappedAtTheLayoutWidth() {
        String a = "为深入贯彻落实党中央国务院决策部署，进一步加强产业工人队伍建设改革工作，现就有关事项";
        String b = "通知如下，请认真贯彻执行并结合实际抓好落实工作，确保各项改革任务落到实处取得实效。";
        String page = String.join("\n", a, a, a, a, a, a, b, "一、总体要求");
        String out = normalize(page);
        assertThat(out).isEqualTo(a.repeat(6) + b + "\n一、总体要求");
    }

    @Test
    void anIndentedLineStartsAParagraphEvenAfterAFullLine() {
        // OCR lines: a heading that fills its line exactly, then paragraphs whose indented first lines are two
        // characters shorter than the lines wrapped after them
        String heading = "二、坚持党的全面领导，把产业工人队伍建设改革工作摆在更加突出的重要位置上来切实抓好落";
        String wrapped = "为深入贯彻落实党中央国务院决策部署，进一步加强产业工人队伍建设改革工作，现就有关事项";
        String first = wrapped.substring(2);
        String page = String.join("\n", heading, "\u3000\u3000" + first, wrapped, wrapped,
                "\u3000\u3000" + first, wrapped, wrapped, "通知如下。");
        String paragraph = first + wrapped + wrapped;
        assertThat(normalize(page)).isEqualTo(heading + "\n" + paragraph + "\n" + paragraph + "通知如下。");
    }

    @Test
    void indentsOnMostLinesSayNothingAboutParagraphs() {
        // every line indented (text copied with its margin): lines still join at the wrap width
        String a = "为深入贯彻落实党中央国务院决策部署，进一步加强产业工人队伍建设改革工作，现就有关事项";
        String page = String.join("\n", java.util.Collections.nCopies(6, "\u3000\u3000" + a)) + "\n\u3000\u3000通知如下。";
        assertThat(normalize(page)).isEqualTo(a.repeat(6) + "通知如下。");
    }

    @Test
    void docNumberSplitOverALineBreakIsJoined() {
        assertThat(normalize("云产改办〔2022〕\n16号")).isEqualTo("云产改办〔2022〕16号");
    }

    @Test
    void offsetsPointBackIntoTheJoinedText() {
        Extraction e = extraction("txt", "到 2025 年\u200B，\n\n达到");
        NormalizedText n = new Normalizer().normalize(e);
        String source = e.joinedText();
        for (int i = 0; i < n.text().length(); i++) {
            char c = n.text().charAt(i);
            if (c != '\n') {
                assertThat(source.charAt(n.origin().sourceOffset(i))).isEqualTo(c);
            }
        }
        assertThat(n.text()).isEqualTo("到2025年，\n达到");
    }
}
