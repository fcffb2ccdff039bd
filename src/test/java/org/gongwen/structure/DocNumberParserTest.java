package org.gongwen.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocNumberParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "云产改办〔2022〕16号|云产改办〔2022〕16号",
            "云产改办[2022]16号|云产改办〔2022〕16号",
            "云产改办［2022］16号|云产改办〔2022〕16号",
            "云产改办(2022)16号|云产改办〔2022〕16号",
            "云产改办（2022）16号|云产改办〔2022〕16号",
            "云产改办【2022】16号|云产改办〔2022〕16号",
            "云产改办﹝2022﹞16号|云产改办〔2022〕16号",
            "云产改办 〔 2022 〕 16 号|云产改办〔2022〕16号",
            "云产改办\u200B〔2022〕\uFEFF16号|云产改办〔2022〕16号",
            "云产改办〔2022〕016号|云产改办〔2022〕16号",
            "国令第707号|国令第707号",
            "公告〔2025〕第21号|公告〔2025〕第21号",
            "中国人民银行令〔2025〕第7号|中国人民银行令〔2025〕第7号",
            "中国人民银行 中国证监会令〔2025〕第7号|中国人民银行中国证监会令〔2025〕第7号",
            "银发〔2016〕314 号|银发〔2016〕314号",
            "中国人民银行国家税务总局文件国家外汇管理局银发〔2017〕278号|银发〔2017〕278号",
    })
    void canonicalForm(String raw, String canonical) {
        DocNumberParser.DocNumber n = DocNumberParser.find(raw);
        assertThat(n.canonical()).isEqualTo(canonical);
        assertThat(n.raw()).isEqualTo(raw.strip());
    }

    @org.junit.jupiter.api.Test
    void lineBreakInside() {
        assertThat(DocNumberParser.find("云产改办〔2022〕\n16号").canonical()).isEqualTo("云产改办〔2022〕16号");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"（2022年11月18日）", "2022年11月21日", "第十条"})
    void notADocNumber(String text) {
        assertThat(DocNumberParser.find(text)).isNull();
    }
}
