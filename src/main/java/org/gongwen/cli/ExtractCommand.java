package org.gongwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.pipeline.DocumentLimits;
import org.gongwen.pipeline.ExtractRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongwen extract [--out DIR] FILE...}: one JSON record per input file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract one structured JSON record per input file.",
                "Writes DIR/<file name>.json with --out; prints the record for a single file without it.",
                "Exit status: 0 when every file was read, 1 when any failed."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the records (created when missing).")
    Path out;

    @Mixin
    OcrOption ocrOption = new OcrOption();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files: pdf, docx, doc, rtf, odt, wps, html, txt, md, ofd, png, jpg, tif.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null && files.size() > 1) {
            err.println("gongwen extract: several files need --out DIR");
            return ExitCodes.USAGE;
        }
        OcrMode ocrMode;
        DocumentLimits limits;
        try {
            ocrMode = ocrOption.mode();
            limits = limitOptions.limits();
        } catch (IllegalArgumentException e) {
            err.println("gongwen extract: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        int failed;
        try (ExtractRun run = new ExtractRun(ocrMode, limits)) {
            failed = extractAll(run, stdout, err);
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private int extractAll(ExtractRun run, PrintWriter stdout, PrintWriter err) throws IOException {
        int failed = 0;
        for (Path file : files) {
            ExtractRun.Result result = run.extract(file);
            if (result.failed()) {
                failed++;
                err.println(file + ": " + result.message());
                continue;
            }
            if (out == null) {
                stdout.print(result.json());
                stdout.flush();
            } else {
                Files.writeString(out.resolve(file.getFileName() + ".json"), result.json());
            }
        }
        return failed;
    }
}
