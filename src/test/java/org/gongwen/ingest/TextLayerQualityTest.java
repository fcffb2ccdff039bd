package org.gongwen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextLayerQualityTest {
    @ParameterizedTest
    @ValueSource(strings = {"关于印发《征信投诉办理规程》的通知", "2024年1月5日\n银发〔2024〕2号",
            "附件：1. Implementation Guidelines for 跨境人民币业务"})
    void textWithHanCharactersIsUsable(String text) {
        assertThat(TextLayerQuality.usable(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n  ", "ÉÏº£ÊÐÈËÃñÕþ¸®ÎÄ¼þ", "\uE01A\uE0F3\uE2B1\uE019 \uE33A",
            "!\"#$% &'()* +,-./", "\uFFFD\uFFFD\uFFFD\uFFFD", "\u0001\u0002\u0003\u0004",
            "中\uE01A\uE0F3\uE2B1\uE019\uE33A\uE01A\uE0F3\uE2B1\uE019\uE33A"})
    void emptyOrMojibakeTextIsNotUsable(String text) {
        assertThat(TextLayerQuality.usable(text)).isFalse();
    }
}
