package org.gongwen.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {
    private static OcrLine line(String text, int x, int y, int width) {
        return new OcrLine(text, x, y, width, 60, 0.99);
    }

    @Test
    void joinsFragmentsOfOneRowLeftToRight() {
        // PaddleOCR returns the 发文字号 as three blocks, the number first
        List<OcrLine> lines = List.of(
                line("关于印发讲话的通知", 300, 400, 1200),
                line("16号", 542, 213, 143),
                line("云产改办", 5, 215, 265),
                line("〔2022〕", 305, 214, 205));
        assertThat(ReadingOrder.text(lines, 2480)).isEqualTo("云产改办〔2022〕16号\n关于印发讲话的通知");
    }

    @Test
    void readsTheCharacterSharedByOverlappingFragmentsOnce() {
        List<OcrLine> lines = List.of(line("各（州）市", 0, 700, 300), line("市和省级", 270, 702, 400));
        assertThat(ReadingOrder.text(lines, 2480)).isEqualTo("各（州）市和省级");
    }

    @Test
    void keepsTableCellsApartWithASpace() {
        List<OcrLine> lines = List.of(
                line("序号", 200, 100, 120), line("项目", 600, 102, 120), line("金额", 1200, 98, 120),
                line("1", 200, 200, 30), line("道路建设", 600, 201, 240), line("3.5亿元", 1200, 199, 200));
        assertThat(ReadingOrder.text(lines, 2480)).isEqualTo("序号 项目 金额\n1 道路建设 3.5亿元");
    }

    @Test
    void readsTwoColumnsLeftThenRightBetweenFullWidthLines() {
        List<OcrLine> lines = List.of(
                line("通报标题横跨两栏", 200, 100, 2000),
                line("左栏一", 200, 300, 900), line("右栏一", 1300, 300, 900),
                line("左栏二", 200, 400, 900), line("右栏二", 1300, 400, 900),
                line("左栏三", 200, 500, 900), line("右栏三", 1300, 500, 900),
                line("落款横跨两栏", 200, 700, 2000));
        assertThat(ReadingOrder.text(lines, 2480))
                .isEqualTo("通报标题横跨两栏\n左栏一\n左栏二\n左栏三\n右栏一\n右栏二\n右栏三\n落款横跨两栏");
    }

    @Test
    void singleColumnWithShortLinesIsNotSplit() {
        List<OcrLine> lines = List.of(
                line("各成员单位：", 200, 100, 700), line("现将讲话印发你们。", 200, 200, 2000),
                line("（一）加强", 200, 300, 500), line("2022年11月21日", 1500, 400, 700));
        assertThat(ReadingOrder.text(lines, 2480))
                .isEqualTo("各成员单位：\n现将讲话印发你们。\n（一）加强\n\u3000\u30002022年11月21日");
    }

    @Test
    void marksRowsThatStartTwoCharactersInAsIndented() {
        // 60 px per character in boxes 80 px high: a paragraph's first line starts 110 px right of the body's edge
        // (two characters, less a little skew), a line 30 px right of it is not indented
        List<OcrLine> lines = List.of(
                new OcrLine("一、提高政治站位，充分认识产业工人队伍建设改革的重大意义", 200, 100, 1680, 80, 0.99),
                new OcrLine("各地各部门要深入学习贯彻习近平总书记关于", 310, 200, 1200, 80, 0.99),
                new OcrLine("产业工人队伍建设改革的重要论述。", 200, 300, 960, 80, 0.99),
                new OcrLine("（二）稍有偏移的行不算缩进", 230, 400, 780, 80, 0.99));
        assertThat(ReadingOrder.text(lines, 2480)).isEqualTo("一、提高政治站位，充分认识产业工人队伍建设改革的重大意义\n"
                + "\u3000\u3000各地各部门要深入学习贯彻习近平总书记关于\n产业工人队伍建设改革的重要论述。\n（二）稍有偏移的行不算缩进");
    }

    @Test
    void marksNoIndentWhenNoTwoRowsShareALeftEdge() {
        List<OcrLine> lines = List.of(line("云产改办", 5, 100, 265), line("关于印发讲话的通知", 300, 200, 1200));
        assertThat(ReadingOrder.text(lines, 2480)).isEqualTo("云产改办\n关于印发讲话的通知");
    }

    @Test
    void emptyPageGivesEmptyText() {
        assertThat(ReadingOrder.text(List.of(), 2480)).isEmpty();
    }
}
