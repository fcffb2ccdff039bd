package org.gongwen.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2022年11月21日|2022-11-21",
            "2019 年 2 月 2 日|2019-02-02",
            "二〇一二年一月九日|2012-01-09",
            "二○一二年一月九日|2012-01-09",
            "二O一二年十月二十日|2012-10-20",
            "二0一二年十二月三十一日|2012-12-31",
            "（2022年11月18日）|2022-11-18",
            "2022-01-05|2022-01-05",
            "2022/1/5|2022-01-05",
            "2022.01.05|2022-01-05",
    })
    void wholeDates(String text, String iso) {
        assertThat(DateParser.whole(text)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2022年13月1日", "到2025年", "云产改办〔2022〕16号"})
    void notADate(String text) {
        assertThat(DateParser.whole(text)).isNull();
    }
}
