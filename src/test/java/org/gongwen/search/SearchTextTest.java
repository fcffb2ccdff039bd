package org.gongwen.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {
    @Test
    void docNumberVariantsNormaliseToOneForm() {
        for (String variant : List.of("银发〔2014〕168号", "银发[2014]168号", "银发（2014）168 号", "银发【2014】168号",
                "银发 ［２０１４］ １６８号")) {
            assertThat(SearchText.normalize(variant)).as(variant).isEqualTo("银发(2014)168号");
        }
    }

    @Test
    void whitespaceZeroWidthAndCaseAreDropped() {
        assertThat(SearchText.normalize("Ｇ Ｄ Ｐ\u3000增长\u200b5％\n")).isEqualTo("gdp增长5%");
    }

    @Test
    void queriesSplitOnWhitespaceBeforeNormalising() {
        assertThat(QueryTerm.parse(" 技能人才\u3000工会 技能人才 ")).containsExactly("技能人才", "工会");
        assertThat(QueryTerm.coveringOffsets(2)).containsExactly(0);
        assertThat(QueryTerm.coveringOffsets(5)).containsExactly(0, 2, 3);
        assertThat(QueryTerm.coveringOffsets(6)).containsExactly(0, 2, 4);
    }

    @Test
    void varintsRoundTrip() {
        StringBuilder sb = new StringBuilder();
        List<Integer> values = List.of(0, 1, 31, 32, 1023, 1024, 20221121, Integer.MAX_VALUE);
        values.forEach(v -> Varint.append(sb, v));
        assertThat(Varint.decode(sb.toString())).isEqualTo(values);
        ByteBuilder bytes = new ByteBuilder();
        values.forEach(bytes::varint);
        assertThat(new String(bytes.toArray(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(sb.toString());
        assertThat(values.stream().mapToInt(Varint::length).sum()).isEqualTo(sb.length());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Varint.append(sb, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
