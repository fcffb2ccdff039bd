package org.gongwen.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
import org.junit.jupiter.api.Test;

class TaggingTest {

    private static String fixture(String name) throws Exception {
        try (InputStream in = TaggingTest.class.getResourceAsStream("/fixtures/tag/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyEntityPointsAtItsSurface() throws Exception {
        for (String name : List.of("000_094778415718fb40.txt", "tiaofasi_normative_document_000139_000.txt",
                "2026_云南省_政府工作报告_excerpt.txt")) {
            String text = fixture(name);
            for (Entity e : new Tagging().tag(text, "2022-11-21")) {
                assertThat(text.substring(e.start(), e.end())).as(name).isEqualTo(e.text());
            }
        }
    }

    @Test
    void aMalformedReferenceDateLeavesRelativeDatesUnresolved() {
        List<Entity> dates = new Tagging().tag("去年全省新增就业50万人", "不是日期").stream()
                .filter(e -> e.type().equals("date")).toList();
        assertThat(dates).extracting(Entity::text).containsExactly("去年");
        assertThat(dates.get(0).value()).isNull();
    }

    @Test
    void findsTheNinetyFourFiguresOfTheSample() throws Exception {
        List<Entity> figures = new Tagging().tag(fixture("000_094778415718fb40.txt"), "2022-11-21").stream()
                .filter(e -> e.type().equals("figure")).toList();
        assertThat(figures).hasSize(94);
        assertThat(figures.get(0).text()).isEqualTo("5天");
    }

    @Test
    void figuresDoNotOverlapDocumentNumbersOrDates() throws Exception {
        List<Entity> all = new Tagging().tag("云产改办〔2022〕16号 2022年11月21日 共16项", null);
        assertThat(all).extracting(Entity::type).containsExactly("docnumber", "date", "figure");
    }

    @Test
    void hanlpAddsNoFalseOrganisationToAFigure() {
        List<Entity> all = Tagging.withHanlp().tag("到2025年，高职在校学生人数增加28.4万人以上，目前增加28.4万人。",
                "2022-11-21");
        assertThat(all).extracting(Entity::type).doesNotContain("org", "person");
    }

    @Test
    void aRangeFromANegativeNumberKeepsItsSign() {
        // the sign starts the first figure, where no number can be read again (found by TaggingFuzzTest)
        List<Entity> figures = new Tagging().tag("增长－2～3%，降幅－0人—万关", "2022-11-21");
        assertThat(figures).extracting(Entity::text).containsExactly("－2", "3%");
        assertThat(figures.get(0).value()).isEqualTo(EntityValue.of(new BigDecimal("-2")));
        assertThat(figures.get(0).valueMax()).isEqualByComparingTo("3");
        assertThat(figures).extracting(Entity::unit).containsExactly("%", "%");
    }

    @Test
    void noTextNoEntities() {
        assertThat(new Tagging().tag("", "2022-11-21")).isEmpty();
        assertThat(new Tagging().tag(null, null)).isEmpty();
    }
}
