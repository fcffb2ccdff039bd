package org.gongwen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BuildCommandTest {
    @TempDir
    Path tmp;

    @Test
    void exitsWithOneWhenADocumentFailsAndZeroOtherwise() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "关于加强金融服务的通知\n一、总体要求\n");
        Path out = tmp.resolve("out");
        assertThat(Main.run("build", "--corpus", corpus.toString(), "--out", out.toString())).isZero();
        assertThat(Main.run("search", "--out", out.toString(), "金融服务")).isZero();
        assertThat(Main.run("search", "--out", out.toString(), "不存在的词")).isEqualTo(1);
        Files.write(corpus.resolve("broken.pdf"), "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII));
        assertThat(Main.run("build", "--corpus", corpus.toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(out.resolve("site/index.html")).isRegularFile();
    }

    @Test
    void aMissingCorpusIsOneClearFailure() {
        assertThat(Main.run("build", "--corpus", tmp.resolve("nope").toString(), "--out", tmp.resolve("o").toString()))
                .isEqualTo(70);
    }
}
