package org.gongwen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {
    private static final double HEIGHT = 842;

    private static LaidOutPage.Line line(String text, double y) {
        return new LaidOutPage.Line(text, 80, 520, y, 16);
    }

    /** A page of body lines from y=130 to y=700, with extra lines at the given positions. */
    private static LaidOutPage page(int number, LaidOutPage.Line... extra) {
        List<LaidOutPage.Line> lines = new ArrayList<>();
        for (LaidOutPage.Line l : extra) {
            if (l.y() < 130) {
                lines.add(l);
            }
        }
        for (int i = 0; i < 20; i++) {
            lines.add(line("第" + number + "页正文第" + i + "行，推进产业工人队伍建设改革。", 130 + i * 29));
        }
        for (LaidOutPage.Line l : extra) {
            if (l.y() >= 130) {
                lines.add(l);
            }
        }
        return new LaidOutPage(number, 595, HEIGHT, lines);
    }

    private static List<String> texts(LaidOutPage page) {
        return page.lines().stream().map(LaidOutPage.Line::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"— 3 —", "—3—", "－3－", "-1-", "- 12 -", "– 7 –", "第 3 页", "第3页 共12页", "3/12",
            "3 / 12", "3", "Page 3", "— 12 —　"})
    void removesPageNumberShapesAtTheFootOfAPage(String number) {
        LaidOutPage cleaned = PageFurniture.remove(List.of(page(3, line(number, 790)))).get(0);
        assertThat(texts(cleaned)).hasSize(20).doesNotContain(number);
    }

    @Test
    void removesAPageNumberAtTheTopOfAPage() {
        LaidOutPage cleaned = PageFurniture.remove(List.of(page(2, line("- 2 -", 60)))).get(0);
        assertThat(texts(cleaned)).hasSize(20).first().isEqualTo("第2页正文第0行，推进产业工人队伍建设改革。");
    }

    @Test
    void keepsAPageNumberShapeInTheMiddleOfThePage() {
        LaidOutPage middle = new LaidOutPage(1, 595, HEIGHT, List.of(line("正文", 300), line("— 3 —", 400),
                line("正文", 430)));
        assertThat(texts(PageFurniture.remove(List.of(middle)).get(0))).containsExactly("正文", "— 3 —", "正文");
    }

    @Test
    void removesARunningHeaderRepeatedOnMostPagesButKeepsTheFirstPagesOwnHeader() {
        List<LaidOutPage> pages = List.of(
                page(1, line("中国人民银行文件", 100)),
                page(2, line("中国人民银行公报 2024年第2期", 60), line("— 2 —", 790)),
                page(3, line("中国人民银行公报 2024年第3期", 60), line("— 3 —", 790)),
                page(4, line("中国人民银行公报 2024年第4期", 60), line("— 4 —", 790)));
        List<LaidOutPage> cleaned = PageFurniture.remove(pages);
        assertThat(texts(cleaned.get(0))).first().isEqualTo("中国人民银行文件");
        for (int i = 1; i < 4; i++) {
            String prefix = "第" + (i + 1) + "页正文";
            assertThat(texts(cleaned.get(i))).hasSize(20).allMatch(t -> t.startsWith(prefix));
        }
    }

    @Test
    void keepsAFootLineThatAppearsOnOnlyOnePage() {
        List<LaidOutPage> pages = List.of(page(1), page(2, line("抄送：国务院办公厅。", 780)), page(3));
        assertThat(texts(PageFurniture.remove(pages).get(1))).hasSize(21).last().isEqualTo("抄送：国务院办公厅。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"— 17 —", "—  —", "－3－", "第 3 页"})
    void recognisesFlowDocumentPageNumberParagraphs(String paragraph) {
        assertThat(PageFurniture.isPageNumber(paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"17", "一、总体要求", "2022年11月21日", "——推进改革"})
    void doesNotTakeBodyParagraphsForPageNumbers(String paragraph) {
        assertThat(PageFurniture.isPageNumber(paragraph)).isFalse();
    }
}
