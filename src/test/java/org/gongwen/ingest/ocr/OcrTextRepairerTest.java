package org.gongwen.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OcrTextRepairerTest {
    private final OcrTextRepairer repairer = new OcrTextRepairer();

    static Stream<Arguments> repairs() {
        return Stream.of(
                // 发文字号: brackets, stray letters, spaces inside the number
                Arguments.of("云产改办 【2022]j 16 号", "云产改办〔2022〕16号"),
                Arguments.of("国发 [2021] 3 号", "国发〔2021〕3号"),
                Arguments.of("银发(2014)168号", "银发〔2014〕168号"),
                Arguments.of("云政办发〔2 022〕1 2号", "云政办发〔2022〕12号"),
                Arguments.of("财预〔2023〕|5号", "财预〔2023〕5号"),
                Arguments.of("云产改办〔[2022]16号", "云产改办〔2022〕16号"),
                Arguments.of("国发[2021]〕3号", "国发〔2021〕3号"),
                Arguments.of("(银发【2003j 163号)", "（银发〔2003〕163号）"),
                // not a document number: no Han 代字 before, or no 号 after
                Arguments.of("[2022] 16 号", "[2022] 16号"),
                Arguments.of("见附件[2022]", "见附件[2022]"),
                // marks read for or beside a serif 1 inside a date: read as 1 where valid, else dropped
                Arguments.of("2022年1]月18日", "2022年11月18日"),
                Arguments.of("2022年11]月21]日", "2022年11月21日"),
                Arguments.of("202]年l0月3日", "2021年10月3日"),
                Arguments.of("2022年3月|日", "2022年3月1日"),
                Arguments.of("2022年12]月3]]日", "2022年12月3日"),
                // no valid reading, or no date: left alone
                Arguments.of("2022年13]月1日", "2022年13]月1日"),
                Arguments.of("第1]条", "第1]条"),
                // page numbers read as characters
                Arguments.of("第一段\n一3一\n第二段", "第一段\n第二段"),
                Arguments.of("正文\n- 12 -", "正文\n"),
                Arguments.of("— 4 —\n正文", "正文"),
                // a centred page number carries ReadingOrder's indent; a paragraph keeps its indent whole
                Arguments.of("正文\n\u3000\u3000— 4 —\n\u3000\u3000各 地 区 要", "正文\n\u3000\u3000各地区要"),
                Arguments.of("一是加强管理\n二是", "一是加强管理\n二是"),
                // spaces inside Han text and numbers
                Arguments.of("各 地 区 要", "各地区要"),
                Arguments.of("2022 年 11 月 21 日", "2022年11月21日"),
                Arguments.of("增长 3 .5 %", "增长3.5%"),
                Arguments.of("达到 1 2 万元", "达到12万元"),
                Arguments.of("Windows Server 系统", "Windows Server系统"),
                // Han look-alike punctuation
                Arguments.of("各(州)市", "各（州）市"),
                Arguments.of("(三）只有坚持典型引路", "（三）只有坚持典型引路"),
                Arguments.of("见附件（2)。", "见附件（2）。"),
                Arguments.of("f(x）", "f(x）"),
                Arguments.of("(一)加强领导", "（一）加强领导"),
                Arguments.of("f(x) = 2", "f(x) = 2"),
                Arguments.of("统〈以下简称《办法》)中", "统（以下简称《办法》）中"),
                Arguments.of("五十五条《关于账户管理)", "五十五条（关于账户管理）"),
                Arguments.of("见《通知》(银发)", "见《通知》（银发）"),
                Arguments.of("x〈y) < z", "x〈y) < z"),
                // ASCII quotes next to Han take turns with the Chinese quotes of their paragraph
                Arguments.of("所称\"开户登记证\"相应改为\"开户许可证”", "所称“开户登记证”相应改为“开户许可证”"),
                Arguments.of("简称“账户\n管理系统\")", "简称“账户\n管理系统”)"),
                Arguments.of("一段\"甲\n\n\"乙\"", "一段“甲\n\n“乙”"),
                Arguments.of("say \"hi\" now", "say \"hi\" now"),
                // a ？ read for the ” of a quote left open in its paragraph; a real question inside quotes stays
                Arguments.of("力提速“五化？进程，", "力提速“五化”进程，"),
                Arguments.of("“怎么办？怎么干？”都要回答", "“怎么办？怎么干？”都要回答"),
                Arguments.of("问“为什么？", "问“为什么？"),
                // a parenthesis spanning a line break, a heading number that lost its (, a dash pair read as 一一
                Arguments.of("（以下简称“账户\n管理系统”)使用", "（以下简称“账户\n管理系统”）使用"),
                Arguments.of("（甲\n\n乙)", "（甲\n\n乙)"),
                Arguments.of("\u3000\u3000二)加强领导", "\u3000\u3000（二）加强领导"),
                Arguments.of("\u3000\u3000十一)", "\u3000\u3000（十一）"),
                Arguments.of("（第\n三)条", "（第\n三）条"),
                Arguments.of("\u3000\u3000一一2026年1月", "\u3000\u3000——2026年1月"),
                Arguments.of("一一对应，第一一2", "一一对应，第一一2"),
                Arguments.of("同志们:", "同志们："),
                Arguments.of("一是,二是;三是?", "一是，二是；三是？"),
                Arguments.of("10:30 到 1,000", "10:30到1,000"),
                // look-alike Han characters
                Arguments.of("深人开展，累计投人，纳人预算", "深入开展，累计投入，纳入预算"),
                Arguments.of("人民群众的收入", "人民群众的收入"),
                Arguments.of("各部內要专內研究国內形势", "各部门要专门研究国内形势"),
                // numbers split across lines
                Arguments.of("增长1\n2.5%", "增长12.5%"),
                Arguments.of("共计3.\n5亿元", "共计3.5亿元"),
                Arguments.of("共1\n2.加强", "共1\n2.加强"),
                Arguments.of("第1\n2、要", "第1\n2、要"));
    }

    @ParameterizedTest
    @MethodSource("repairs")
    void repairsExactly(String ocr, String expected) {
        assertThat(repairer.repair(ocr)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("repairs")
    void isIdempotent(String ocr, String expected) {
        assertThat(repairer.repair(expected)).isEqualTo(expected);
    }
}
