package org.gongwen.curate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusNamesTest {
    private static final String HASH = "3f1c9a2b44556677889900aabbccddeeff00112233445566778899aabbccddee";

    @Test
    void prefersTheCanonicalDocNumber() {
        assertThat(CorpusNames.of("银发[2014]168号", "关于…的通知", HASH, "scan 1.PDF"))
                .isEqualTo("银发〔2014〕168号_3f1c9a2b.pdf");
    }

    @Test
    void usesTheTitleWhenThereIsNoNumberAndCutsIt() {
        assertThat(CorpusNames.of(null, "中国人民银行关于做好2024年春节期间金融服务工作的通知/补充说明：第二部分以及其他很多很多很多很多内容", HASH,
                "a.html")).isEqualTo("中国人民银行关于做好2024年春节期间金融服务工作的通知_补充说明_第二部分以及_3f1c9a2b.html");
    }

    @Test
    void fallsBackToTheOriginalStemWithSafeCharacters() {
        assertThat(CorpusNames.of(null, null, HASH, "../我的 文件;rm -rf.txt")).isEqualTo("我的_文件_rm_-rf_3f1c9a2b.txt");
        assertThat(CorpusNames.of(null, " ", HASH, "README")).isEqualTo("README_3f1c9a2b");
        assertThat(CorpusNames.of(null, null, HASH, "…….pdf")).isEqualTo("document_3f1c9a2b.pdf");
    }
}
