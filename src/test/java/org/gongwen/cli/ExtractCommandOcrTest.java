package org.gongwen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandOcrTest {
    @TempDir
    Path dir;

    @Test
    void rejectsAnUnknownEngine() throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "正文");
        assertThat(Main.run("extract", "--ocr", "abbyy", text.toString())).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void ocrOffStillWritesTheRecordOfAScan() throws IOException {
        Path png = dir.resolve("scan.png");
        ImageIO.write(new BufferedImage(300, 400, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        Path out = dir.resolve("records");
        assertThat(Main.run("extract", "--ocr", "off", "--out", out.toString(), png.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(out.resolve("scan.png.json"))).contains("\"needs-ocr\"");
    }
}
