package org.gongwen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private long pages() throws Exception {
        try (Stream<Path> s = Files.list(tmp.resolve("output/site/docs"))) {
            return s.count();
        }
    }

    @Test
    void ingestsOnceBuildsTheSiteAndSkipsTheSameFileAndItsCopy() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        try (InputStream in = getClass().getResourceAsStream("/fixtures/workflow/yunnan-2022-16.txt")) {
            Files.write(inbox.resolve("通知.txt"), in.readAllBytes());
        }
        Files.copy(inbox.resolve("通知.txt"), inbox.resolve("copy.txt"));
        String corpus = tmp.resolve("corpus").toString();
        String output = tmp.resolve("output").toString();
        assertThat(run("ingest", "--corpus", corpus, "--out", output, inbox.resolve("通知.txt").toString())).isZero();
        assertThat(out.toString()).startsWith("+ " + inbox.resolve("通知.txt") + " → ")
                .contains(" figures · ", " commitments · ").containsPattern("build: 1 documents \\(1 new, 0 extracted")
                .contains("report: " + tmp.resolve("output/reports"));
        assertThat(pages()).isEqualTo(1);

        out.getBuffer().setLength(0);
        assertThat(run("ingest", "--corpus", corpus, "--out", output, inbox.toString())).isZero();
        assertThat(out.toString()).contains("= " + inbox.resolve("copy.txt") + ": identical to ")
                .contains("= " + inbox.resolve("通知.txt") + ": identical to ").doesNotContain("build:");
        try (Stream<Path> s = Files.list(tmp.resolve("corpus"))) {
            assertThat(s.count()).isEqualTo(1);
        }
        try (Stream<Path> s = Files.list(tmp.resolve("output/reports"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".html")).count()).isEqualTo(2);
        }
    }
}
