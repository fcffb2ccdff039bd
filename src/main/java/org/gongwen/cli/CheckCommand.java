package org.gongwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongwen.curate.Finding;
import org.gongwen.json.RecordJson;
import org.gongwen.pipeline.CheckRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongwen check}: lists what in the archive needs an archivist's attention. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"List documents with a missing 发文字号, title or date, weak OCR, a non-canonical 发文字号, "
                + "suspected duplicates and 发文字号 conflicts, citations of documents missing from the archive, "
                + "and corrections that no longer match the extraction.",
                "Exit status: 0 when nothing was found, 1 when something needs attention."})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "The corpus (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "The build output, whose cache is used (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per finding) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        CheckRun.Result result = new CheckRun(out).run(corpus);
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sources", result.sources());
            json.put("documents", result.documents());
            json.put("findings", result.findings());
            stdout.println(RecordJson.mapper().writeValueAsString(json));
        } else {
            for (Finding f : result.findings()) {
                stdout.println(f.file() + ": " + f.code() + ": " + f.message());
            }
            long files = result.findings().stream().map(Finding::file).distinct().count();
            stdout.println(result.findings().size() + " findings in " + files + " of " + result.documents()
                    + " documents (" + result.sources() + " source files)");
        }
        stdout.flush();
        return result.findings().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
