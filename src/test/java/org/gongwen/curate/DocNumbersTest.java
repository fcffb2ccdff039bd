package org.gongwen.curate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "银发〔2014〕168号|银发〔2014〕168号",
            "银发[2014]168号|银发〔2014〕168号",
            "银发（2014）168 号|银发〔2014〕168号",
            "银 发 〔２０１４〕０１６８号|银发〔2014〕168号",
            "银办发【2007】75|银办发〔2007〕75号",
            "中国人民银行公告〔2025〕第21号|中国人民银行公告〔2025〕第21号",
            "国令第707号|国令第707号",
            "国令 第 0707 号|国令第707号",
            "云产改办﹝2022﹞16号|云产改办〔2022〕16号"})
    void canonicalForms(String raw, String canonical) {
        assertThat(DocNumbers.canonical(raw)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2014年6月3日", "银发2014168号", "〔2014〕168号", "关于印发的通知", "银发〔14〕168号"})
    void rejectsWhatIsNoDocNumber(String raw) {
        assertThat(DocNumbers.canonical(raw)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"银发〔2014〕168号|true", "银发[2014]168号|false", "银发〔2014〕0168号|false"})
    void tellsCanonicalFromNot(String number, boolean canonical) {
        assertThat(DocNumbers.isCanonical(number)).isEqualTo(canonical);
    }
}
