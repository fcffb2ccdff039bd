package org.gongwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.pipeline.BuildReport;
import org.gongwen.pipeline.BuildRun;
import org.gongwen.pipeline.DocumentLimits;
import org.gongwen.pipeline.IngestRun;
import org.gongwen.site.IngestReportPage.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongwen ingest FILE|DIR…}: adds new sources to the corpus and updates the output. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Copy new documents into the corpus under readable names (发文字号 or title, then a short hash),",
                "skipping files already there, print what was found in each, update the output incrementally,",
                "and write a report to OUT/reports/ (JSON and HTML).",
                "Exit status: 0 when every file was added or already there, 1 when any failed."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive = new ArchiveOptions();

    @Mixin
    OcrOption ocrOption = new OcrOption();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentLimits limits;
        OcrMode ocrMode;
        try {
            limits = limitOptions.limits();
            ocrMode = ocrOption.mode();
        } catch (IllegalArgumentException e) {
            err.println("gongwen ingest: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path corpus = archive.corpus;
        Path out = archive.out;
        IngestRun.Result result = new IngestRun(corpus, out, limits, ocrMode).run(inputs, added -> {
            long started = System.nanoTime();
            BuildReport report = new BuildRun(corpus, out, "", new ProgressBar(err, ProgressBar.stderrIsTerminal()),
                    limits, ocrMode).run();
            return String.format("build: %d documents (%d new, %d extracted, %d failed); %s; site %d files "
                            + "written, %d unchanged (%.1f s)", report.documents(), report.created(),
                    report.extracted(), report.failures().size(), BuildCommand.curation(report),
                    report.filesWritten(), report.filesUnchanged(), (System.nanoTime() - started) / 1e9);
        });
        for (Entry e : result.entries()) {
            print(stdout, e);
        }
        if (result.build() != null) {
            stdout.println(result.build());
        }
        stdout.println("report: " + result.htmlReport());
        stdout.flush();
        boolean failed = result.entries().stream().anyMatch(e -> e.status().equals("failed"));
        return failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    static void print(PrintWriter out, Entry e) {
        switch (e.status()) {
            case "added" -> {
                out.println("+ " + e.input() + " → " + e.corpusFile());
                out.println("    发文字号 " + show(e.docNumber()) + " · 标题 " + show(e.title()) + " · 成文日期 "
                        + show(e.date()) + " · 文种 " + show(e.docType()) + " · " + e.figures() + " figures · "
                        + e.commitments() + " commitments · " + e.warnings().size() + " warnings");
                e.warnings().forEach(w -> out.println("    warning: " + w));
            }
            case "skipped" -> out.println("= " + e.input() + ": " + e.note() + ", skipped");
            default -> out.println("! " + e.input() + ": " + e.note());
        }
        if (e.status().equals("added") && e.note() != null) {
            out.println("    " + e.note());
        }
    }

    private static String show(String value) {
        return value == null ? "—" : value;
    }
}
