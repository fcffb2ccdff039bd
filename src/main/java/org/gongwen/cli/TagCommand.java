package org.gongwen.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.gongwen.pipeline.TagRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongwen tag [--date YYYY-MM-DD]}: standard input, one text per line → one JSON array of entities per line. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag figures, dates, deadlines, document numbers, citations, organs, persons and places.",
                "Reads standard input, one text per line; prints one JSON array of entities per line.",
                "Example: echo '到2025年，全省技能人才总量达到500万人以上' | gongwen tag --date 2022-11-21"})
final class TagCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The document's date, for relative dates (今年, 去年, 上半年); without it they stay unresolved.")
    String date;

    @Override
    public Integer call() throws IOException {
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                spec.commandLine().getErr().println("gongwen tag: --date wants YYYY-MM-DD, got " + date);
                return ExitCodes.USAGE;
            }
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        new TagRun(date).run(in, out);
        return ExitCodes.OK;
    }
}
