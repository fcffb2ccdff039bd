package org.gongwen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FixCommandTest {
    @TempDir
    Path corpus;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void badValueGivesOneClearLineAndUsageStatus() throws Exception {
        Path source = Files.writeString(corpus.resolve("a.txt"), "银发〔2015〕40号\n关于印发办法的通知\n正文。");
        assertThat(run("fix", source.toString(), "--set", "date=2015-02-30")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("gongwen fix: date: \"2015-02-30\" is not a date (use YYYY-MM-DD, "
                + "e.g. 2014-06-03)" + System.lineSeparator());
        assertThat(corpus.resolve("a.txt.fix.yaml")).doesNotExist();
    }

    @Test
    void writesAndThenShowsCorrections() throws Exception {
        Path source = Files.writeString(corpus.resolve("a.txt"), "银发〔2015〕40号\n关于印发办法的通知\n正文。");
        assertThat(run("fix", source.toString(), "--set", "docType=批复", "--set", "cc=财政部、审计署")).isZero();
        assertThat(out.toString()).startsWith("wrote " + corpus.resolve("a.txt.fix.yaml")
                + "; run gongwen build to publish").contains("[applied] docType: ").contains(" → 批复")
                .contains("[applied] cc: ∅ → 财政部、审计署");
        out.getBuffer().setLength(0);
        assertThat(run("fix", source.toString())).isZero();
        assertThat(out.toString()).doesNotContain("wrote").contains("[applied] cc: ∅ → 财政部、审计署");
    }
}
