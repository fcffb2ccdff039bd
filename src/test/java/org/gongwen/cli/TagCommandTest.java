package org.gongwen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TagCommandTest {
    @Test
    void tagsStandardInput() {
        InputStream saved = System.in;
        java.io.PrintStream savedOut = System.out;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("规模突破一百万亿元\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(Main.run("tag", "--date", "2022-11-21")).isEqualTo(ExitCodes.OK);
        } finally {
            System.setIn(saved);
            System.setOut(savedOut);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"value\":100000000000000", "\"unit\":\"元\"");
    }

    @Test
    void rejectsABadDate() {
        assertThat(Main.run("tag", "--date", "2022/11/21")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void registerRejectsAnUnknownFormat() {
        assertThat(Main.run("register", "--format", "pdf")).isEqualTo(ExitCodes.USAGE);
    }
}
