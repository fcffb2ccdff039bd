package org.gongwen.cli;

import org.gongwen.pipeline.BuildReport;
import org.gongwen.pipeline.BuildRun;
import org.gongwen.pipeline.DisplayNames;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.pipeline.DocumentLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code gongwen build [--corpus DIR] [--out DIR]}: the whole archive, incrementally. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build records, Markdown, the commitments register and the static site with search.",
                "Unchanged sources are taken from OUT/.cache; unchanged site files are not rewritten.",
                "Each document is read under a time and a size limit; a failed one is reported with its reason",
                "(here and in OUT/build-report.json) and the build goes on.",
                "Exit status: 0 when every document was read, 1 when any failed."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive = new ArchiveOptions();

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "",
            description = "Public URL of the site root, ending in / (absolute links in feed.xml and sitemap.xml).")
    String baseUrl;

    @Mixin
    OcrOption ocrOption = new OcrOption();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        DocumentLimits limits;
        OcrMode ocrMode;
        try {
            limits = limitOptions.limits();
            ocrMode = ocrOption.mode();
        } catch (IllegalArgumentException e) {
            err.println("gongwen build: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        long started = System.nanoTime();
        BuildReport report = new BuildRun(archive.corpus, archive.out, baseUrl,
                new ProgressBar(err, ProgressBar.stderrIsTerminal()), limits, ocrMode).run();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("documents %d: new %d, changed %d, unchanged %d, removed %d, failed %d; extracted %d; "
                        + "warnings %d%n", report.documents(), report.created(), report.changed(), report.unchanged(),
                report.removed(), report.failures().size(), report.extracted(), report.warnings());
        stdout.println(curation(report));
        double seconds = (System.nanoTime() - started) / 1e9;
        if (report.filesUnchanged() < 0) {
            stdout.printf("site %s: up to date, nothing changed (%.1f s)%n", archive.out.resolve("site"), seconds);
        } else {
            stdout.printf("site %s: %d files written, %d unchanged (%.1f s)%n", archive.out.resolve("site"),
                    report.filesWritten(), report.filesUnchanged(), seconds);
        }
        for (BuildReport.Failure f : report.failures()) {
            // one line per file whatever its name holds (line breaks, bidi marks): scripts read this summary
            stdout.println("failed: " + DisplayNames.quote(f.path()) + ": " + f.reason() + " (" + f.stage() + ")");
        }
        stdout.flush();
        return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** The archivist's line of the summary: merged duplicates, 发文字号 conflicts, corrections. */
    static String curation(BuildReport report) {
        return String.format("duplicates merged %d, 发文字号 conflicts %d, corrections applied %d (%d to review: "
                + "gongwen check)", report.duplicates(), report.conflicts(), report.corrections(), report.toReview());
    }
}
