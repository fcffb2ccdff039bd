package org.gongwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongwen.curate.FixException;
import org.gongwen.model.Correction;
import org.gongwen.pipeline.FixRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongwen fix FILE --set FIELD=VALUE …}: corrections that every build applies and never discards. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Correct what extraction got wrong in one corpus source, in the sidecar FILE.fix.yaml.",
                "Every build applies it; the record keeps both values; gongwen check lists corrections gone stale.",
                "Without options, shows the source's corrections.",
                "Fields: docNumber, title, date, docType, issuer, published, signer, urgency, classification, "
                        + "copyNumber, notes, printer, printDate, issuers, recipients, cc (lists separated by 、).",
                "Example: gongwen fix corpus/a.pdf --set docNumber=银发〔2014〕168号 --set date=2014-06-03"})
final class FixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The source in the corpus.")
    Path file;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "Override a field; an empty VALUE clears it.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--unset", paramLabel = "FIELD", description = "Remove the correction of a field.")
    List<String> unsets = new ArrayList<>();

    @Option(names = "--drop-entity", paramLabel = "[TYPE:]TEXT[@START]", description = "Drop a false entity.")
    List<String> entityDrops = new ArrayList<>();

    @Option(names = "--drop-commitment", paramLabel = "N|TEXT",
            description = "Drop a false commitment, by its number (from 1) or a text unique to it.")
    List<String> commitmentDrops = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        FixRun.Result result;
        try {
            result = new FixRun().run(file, new FixRun.Request(sets, unsets, entityDrops, commitmentDrops));
        } catch (FixException e) {
            spec.commandLine().getErr().println("gongwen fix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (result.written()) {
            out.println((result.corrections().isEmpty() ? "removed " : "wrote ") + result.sidecar()
                    + "; run gongwen build to publish");
        }
        if (result.corrections().isEmpty()) {
            out.println(file + ": no corrections");
        }
        for (Correction c : result.corrections()) {
            out.println("  " + describe(c));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String describe(Correction c) {
        String change = switch (c.field()) {
            case "entity", "commitment" -> "drop " + c.field() + " " + (c.extracted() == null ? "" : c.extracted());
            default -> c.field() + ": " + show(c.extracted()) + " → " + show(c.corrected());
        };
        return "[" + c.status() + "] " + change.strip() + (c.message() == null ? "" : " (" + c.message() + ")");
    }

    private static String show(String value) {
        return value == null ? "∅" : value;
    }
}
