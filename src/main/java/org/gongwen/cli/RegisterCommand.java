package org.gongwen.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongwen.pipeline.RegisterQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongwen register}: the commitments register written by the build, filtered, in csv, json, md or xlsx. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = {"Print the commitments register (targets and tasks of all documents) written by gongwen build.",
                "Example: gongwen register --owner 国资委 --due-before 2026-01-01 --format csv > due.csv"})
final class RegisterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "The build's output folder (default: ${DEFAULT-VALUE}); reads DIR/register/commitments.json.")
    Path out;

    @Option(names = "--format", defaultValue = "md", description = "csv, json, md or xlsx (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--owner", paramLabel = "ORG", description = "Only commitments whose owner contains ORG.")
    String owner;

    @Option(names = "--due-before", paramLabel = "DATE", description = "Only commitments due before DATE (YYYY-MM-DD).")
    String dueBefore;

    @Option(names = "--doc", paramLabel = "DOCNUMBER", description = "Only commitments of this 发文字号.")
    String doc;

    @Override
    public Integer call() throws IOException {
        if (!format.matches("(?i)csv|json|md|xlsx")) {
            spec.commandLine().getErr().println("gongwen register: --format is csv, json, md or xlsx, not " + format);
            return ExitCodes.USAGE;
        }
        if (dueBefore != null && !dueBefore.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            spec.commandLine().getErr().println("gongwen register: --due-before wants YYYY-MM-DD, got " + dueBefore);
            return ExitCodes.USAGE;
        }
        OutputStream stdout = System.out;
        try {
            new RegisterQuery(owner, dueBefore, doc).run(out, format, stdout);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("gongwen register: no register at " + e.getFile());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
