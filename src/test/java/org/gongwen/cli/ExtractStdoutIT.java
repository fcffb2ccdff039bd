package org.gongwen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongwen extract scan.pdf > record.json} in a process of its own, as users run it: the PaddleOCR engine's
 * native library must not print into the record on standard output, and SLF4J must not warn on standard error.
 */
class ExtractStdoutIT {
    @Test
    void ocrOfAScanWritesOnlyTheRecordToStandardOutput(@TempDir Path dir) throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/scan/sample-scan-300dpi.pdf")) {
            Files.copy(in, scan);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.gongwen.cli.Main", "extract", scan.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isZero();
        assertThat(stdout).startsWith("{").doesNotContain("imgName=", "numThread=");
        JsonNode record = new ObjectMapper().readTree(stdout);
        assertThat(record.get("docNumber").asText()).isEqualTo("云产改办〔2022〕16号");
        assertThat(record.get("date").asText()).isEqualTo("2022-11-21");
        assertThat(record.get("source").get("pages").get(1).get("reader").asText()).isEqualTo("paddle");
        assertThat(Files.readString(dir.resolve("stderr.txt"))).doesNotContain("SLF4J");
    }
}
