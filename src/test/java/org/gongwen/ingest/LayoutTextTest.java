package org.gongwen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTextTest {
    private static final double LEFT = 80;
    private static final double RIGHT = 520;

    private static LaidOutPage.Line body(String text, double x, double right, int row) {
        return new LaidOutPage.Line(text, x, right, 100 + row * 29, 16);
    }

    private static LaidOutPage.Line centred(String text, double size, int row) {
        double width = text.length() * size;
        double x = (LEFT + RIGHT - width) / 2;
        return new LaidOutPage.Line(text, x, x + width, 100 + row * 29, size);
    }

    private static String text(LaidOutPage.Line... lines) {
        return LayoutText.text(new LaidOutPage(1, 595, 842, List.of(lines)));
    }

    @Test
    void anIndentedLineStartsAParagraphAndContinuationLinesDoNot() {
        assertThat(text(
                body("现将有关事项通知如下，请认真贯彻", LEFT + 32, RIGHT, 0),
                body("落实。", LEFT, LEFT + 48, 1),
                body("一、总体要求", LEFT + 32, LEFT + 128, 2),
                body("到2025年，产业工人队伍建设改革取得", LEFT + 32, RIGHT, 3),
                body("明显成效。", LEFT, LEFT + 80, 4)))
                .isEqualTo("\n现将有关事项通知如下，请认真贯彻\n落实。\n\n一、总体要求\n\n到2025年，产业工人队伍建设改革取得\n明显成效。");
    }

    @Test
    void aWrappedCentredTitleStaysOneParagraphAndTheDocNumberAboveItDoesNot() {
        assertThat(text(
                centred("云产改办〔2022〕16号", 16, 0),
                new LaidOutPage.Line("关于印发王树芬同志在云南省产业工人队伍", 82, 518, 100 + 2 * 29, 22),
                centred("建设改革工作专题研修班上的讲话的通知", 22, 3),
                body("各成员单位：", LEFT, LEFT + 96, 5)))
                .isEqualTo("\n云产改办〔2022〕16号\n\n关于印发王树芬同志在云南省产业工人队伍\n建设改革工作专题研修班上的讲话的通知\n\n各成员单位：");
    }

    @Test
    void aDateLineIsItsOwnParagraphBetweenSignatureAndTheNextTitle() {
        assertThat(text(
                body("现将讲话印发你们，请认真组织传达，并结合实际抓好贯彻", LEFT + 32, RIGHT, 0),
                body("落实。", LEFT, LEFT + 48, 1),
                body("云南省新时期产业工人队伍建设改革", 200, 456, 2),
                body("工作协调领导小组办公室", 280, 456, 3),
                body("2022年11月21日", 336, 456, 4),
                centred("在云南省产业工人队伍建设改革工作专题研修班上的讲话", 16, 5)))
                .isEqualTo("\n现将讲话印发你们，请认真组织传达，并结合实际抓好贯彻\n落实。\n\n云南省新时期产业工人队伍建设改革\n工作协调领导小组办公室\n\n2022年11月21日\n\n"
                        + "在云南省产业工人队伍建设改革工作专题研修班上的讲话");
    }

    @Test
    void aPageContinuingAParagraphStartsWithoutABlankLine() {
        assertThat(text(body("业介绍，促进就业。", LEFT, LEFT + 144, 0))).isEqualTo("业介绍，促进就业。");
    }

    @Test
    void aLargeVerticalGapStartsAParagraph() {
        assertThat(text(body("第一行", LEFT, RIGHT, 0), body("第二行", LEFT, RIGHT, 1), body("隔开的一行", LEFT, RIGHT, 4)))
                .isEqualTo("第一行\n第二行\n\n隔开的一行");
    }
}
