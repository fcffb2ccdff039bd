package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {
    @Test
    void plainNamesStayAsTheyAre() {
        assertThat(DisplayNames.quote("2017/银办发〔2017〕118号 (副本) \"引号\" <a&b>.pdf"))
                .isEqualTo("2017/银办发〔2017〕118号 (副本) \"引号\" <a&b>.pdf");
    }

    @Test
    void controlAndInvisibleCharactersAreEscaped() {
        assertThat(DisplayNames.quote("换行\n名称\t.txt")).isEqualTo("换行\\n名称\\t.txt");
        assertThat(DisplayNames.quote("通知\u202Etxt.exe")).isEqualTo("通知\\u202etxt.exe");
        assertThat(DisplayNames.quote("a\u200bb\u0000c\u2028d")).isEqualTo("a\\u200bb\\u0000c\\u2028d");
        assertThat(DisplayNames.quote("名称..\\..\\outside.txt")).isEqualTo("名称..\\\\..\\\\outside.txt");
    }
}
