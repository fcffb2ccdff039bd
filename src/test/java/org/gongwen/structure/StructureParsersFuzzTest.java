package org.gongwen.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongwen.fuzz.GovernmentText;

/**
 * Fuzz: the 发文字号 and date parsers never throw on mutated 公文 text, what they find lies inside the text, every
 * 发文字号 comes out in the canonical 机关代字〔YYYY〕N号 form and every date is a real calendar date.
 */
class StructureParsersFuzzTest {
    private static final String CANONICAL_DOC_NUMBER = "[^〔〕]*〔(19|20)\\d{2}〕第?(0|[1-9]\\d{0,4})号|.*令第(0|[1-9]\\d{0,4})号";

    @Provide
    Arbitrary<String> text() {
        return GovernmentText.any();
    }

    /** Document numbers and dates in every printed variant, then mutated: the parsers' own territory. */
    @Provide
    Arbitrary<String> numbersAndDates() {
        Arbitrary<String> year = Arbitraries.integers().between(1940, 2110).map(String::valueOf);
        Arbitrary<String> open = Arbitraries.of("〔", "[", "［", "(", "（", "【", "﹝", " 〔", "\u200b〔");
        Arbitrary<String> close = Arbitraries.of("〕", "]", "］", ")", "）", "】", "﹞", "〕 ");
        Arbitrary<String> serial = Arbitraries.of("1", "016", "168", "99999", "0", "00000", "123456", "第7", "２３");
        Arbitrary<String> docNumber = Combinators.combine(Arbitraries.of("银发", "国办发", "云产改办", "", "中国人民银行令"),
                open, year, close, serial).as((code, o, y, c, n) -> code + o + y + c + n + "号");
        Arbitrary<String> date = Combinators.combine(Arbitraries.of("2022", "二〇二二", "二○一二", "1948", "２０２２", "2101"),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32),
                Arbitraries.of("年%s月%s日", " 年 %s 月 %s 日", "-%s-%s", "/%s/%s", ".%s.%s"))
                .as((y, m, d, form) -> y + String.format(form, m, d));
        Arbitrary<String> chineseDate = Arbitraries.of("二〇二二年二月三十日", "二〇一二年十三月九日", "二〇一二年一月三十二日",
                "二〇一二年十月十日", "〇〇〇〇年〇月〇日", "二〇一二年二十月二十九日");
        return Combinators.combine(Arbitraries.oneOf(docNumber, date, chineseDate), GovernmentText.mutated())
                .as((thing, context) -> context.substring(0, context.length() / 2) + thing
                        + context.substring(context.length() / 2));
    }

    @Property(tries = 1000)
    void docNumbersAreFoundInsideTheTextInCanonicalForm(@ForAll("text") String text) {
        checkDocNumber(text);
    }

    @Property(tries = 1000)
    void docNumberVariantsAreFoundInsideTheTextInCanonicalForm(@ForAll("numbersAndDates") String text) {
        checkDocNumber(text);
    }

    @Property(tries = 1000)
    void datesAreRealCalendarDatesInsideTheText(@ForAll("text") String text) {
        checkDate(text);
    }

    @Property(tries = 1000)
    void dateVariantsAreRealCalendarDatesInsideTheText(@ForAll("numbersAndDates") String text) {
        checkDate(text);
    }

    private static void checkDocNumber(String text) {
        DocNumberParser.DocNumber found = DocNumberParser.find(text);
        DocNumberParser.whole(text);
        if (found != null) {
            assertThat(found.start()).isBetween(0, text.length());
            assertThat(found.end()).isBetween(found.start(), text.length());
            assertThat(found.canonical()).as("canonical form of %s", found.raw()).matches(CANONICAL_DOC_NUMBER);
            assertThat(text.substring(found.start(), found.end())).contains(found.raw());
            assertThat(found.code()).isNotNull();
        }
    }

    private static void checkDate(String text) {
        DateParser.Found found = DateParser.find(text);
        String whole = DateParser.whole(text);
        if (found != null) {
            assertThat(found.start()).isBetween(0, text.length());
            assertThat(found.end()).isBetween(found.start(), text.length());
            assertThat(LocalDate.parse(found.iso())).as("date of %s", text.substring(found.start(), found.end()))
                    .isBetween(LocalDate.of(1949, 1, 1), LocalDate.of(2100, 12, 31));
        }
        if (whole != null) {
            assertThat(LocalDate.parse(whole)).isNotNull();
        }
    }
}
