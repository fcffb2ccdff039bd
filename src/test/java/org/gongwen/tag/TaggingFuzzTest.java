package org.gongwen.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongwen.fuzz.GovernmentText;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;

/**
 * Fuzz: the tagger never throws on mutated 公文 text; every entity lies inside the text and is its exact substring;
 * every number is finite in size (no digit string longer than the text could spell) and every date value is a real
 * ISO date.
 */
class TaggingFuzzTest {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private final Tagging tagging = new Tagging();

    @Provide
    Arbitrary<String> text() {
        return GovernmentText.any();
    }

    @Provide
    Arbitrary<String> referenceDate() {
        // the reference date is the record's own ISO 成文日期 or null (the structure stage validates it)
        return Arbitraries.of("2022-11-21", "2017-05-26", "2000-02-29", "1949-10-01", "2099-12-31").injectNull(0.3);
    }

    @Property(tries = 1000)
    void entitiesAreExactSpansWithFiniteValues(@ForAll("text") String text, @ForAll("referenceDate") String date) {
        List<Entity> entities = tagging.tag(text, date);

        for (Entity entity : entities) {
            assertThat(entity.start()).as("start of %s", entity).isBetween(0, text.length());
            assertThat(entity.end()).as("end of %s", entity).isBetween(entity.start(), text.length());
            assertThat(text.substring(entity.start(), entity.end())).as("surface of %s", entity).isEqualTo(entity.text());
            if (entity.value() instanceof EntityValue.Number number) {
                assertFinite(number.value(), entity);
            }
            if (entity.valueMax() != null) {
                assertFinite(entity.valueMax(), entity);
            }
            if (entity.type().equals("date") && entity.value() instanceof EntityValue.Text value) {
                assertRealDate(value.value(), entity);
            }
        }
    }

    /** A number cannot need more digits than its surface could spell: at most 8 per char (亿 multiplies by 10^8). */
    private static void assertFinite(BigDecimal value, Entity entity) {
        int limit = 9 * entity.text().length() + 20;
        assertThat(value.precision()).as("digits of %s", entity).isLessThanOrEqualTo(limit);
        assertThat(Math.abs(value.scale())).as("scale of %s", entity).isLessThanOrEqualTo(limit);
    }

    private static void assertRealDate(String value, Entity entity) {
        assertThat(value).as("date value of %s", entity).matches(ISO_DATE);
        if (value.length() == 10) {
            assertThat(LocalDate.parse(value)).isNotNull();
        } else if (value.length() == 7) {
            assertThat(YearMonth.parse(value)).isNotNull();
        }
    }
}
