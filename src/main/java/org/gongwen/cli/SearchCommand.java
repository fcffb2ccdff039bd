package org.gongwen.cli;

import org.gongwen.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gongwen search QUERY… [--out DIR]}: the site's search from the terminal, same index and semantics. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the built site's index (OUT/site/search) from the terminal.",
                "Several words mean all of them; a 发文字号 matches in any bracket or spacing variant.",
                "Exit status: 0 when something was found, 1 when nothing was."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Output folder of a build (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Results to show (default: ${DEFAULT-VALUE}; 0 = all).")
    int limit;

    @Option(names = "--paths", description = "Print only the page paths of all results, one a line.")
    boolean pathsOnly;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words, phrases or 发文字号.")
    List<String> words;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        List<SearchIndex.Result> results = SearchIndex.open(out.resolve("site")).search(String.join(" ", words));
        if (pathsOnly) {
            results.forEach(r -> stdout.println(r.url()));
            stdout.flush();
            return results.isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        }
        stdout.println(results.size() + " documents");
        int shown = limit <= 0 ? results.size() : Math.min(limit, results.size());
        for (int i = 0; i < shown; i++) {
            SearchIndex.Result r = results.get(i);
            stdout.printf("%d. %s%n   %s%n   %s%n", i + 1, r.title() == null ? r.url() : r.title(),
                    String.join(" · ", nonNull(r.docNumber()), nonNull(r.date()), r.url()), r.snippet());
        }
        stdout.flush();
        return results.isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private static String nonNull(String s) {
        return s == null ? "—" : s;
    }
}
