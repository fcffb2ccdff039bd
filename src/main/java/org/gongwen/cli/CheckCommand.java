package org.gongwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gongwen.curate.Finding;
import org.gongwen.json.RecordJson;
import org.gongwen.pipeline.CheckRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ArchiveOptions archive = new ArchiveOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per finding) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        CheckRun.Result result = new CheckRun(archive.out).run(archive.corpus);
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
