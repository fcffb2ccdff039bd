package org.gongwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.pipeline.BuildReport;
import org.gongwen.pipeline.BuildMemory;
import org.gongwen.pipeline.BuildRun;
import org.gongwen.pipeline.DocumentLimits;
import org.gongwen.pipeline.Inbox;
import org.gongwen.pipeline.InboxWatcher;
import org.gongwen.pipeline.IngestRun;
import org.gongwen.publish.BuildLock;
import org.gongwen.site.IngestReportPage.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongwen ingest FILE|DIR…}: adds new sources to the corpus and updates the output; with {@code --watch DIR…}
 * it keeps running and ingests what is dropped into the folders ({@link InboxWatcher}).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Copy new documents into the corpus under readable names (发文字号 or title, then a short hash),",
                "skipping files already there, print what was found in each, update the output incrementally,",
                "and write a report to OUT/reports/ (JSON and HTML).",
                "Exit status: 0 when every file was added or already there, 1 when any failed."})
final class IngestCommand implements Callable<Integer> {
    /** How often --watch looks into its inboxes. */
    private static final Duration POLL = Duration.ofMillis(100);
    /** How long --watch waits after an ingest failed as a whole (not one document: the whole copy or build). */
    private static final Duration RETRY = Duration.ofSeconds(5);

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

    @Option(names = "--watch", description = {"Keep running and ingest what is dropped into the given folders",
        "(inboxes), each file once it has settled, in this one process; taken files move to .ingested/ or",
        ".failed/ there. Ctrl-C stops."})
    boolean watch;

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
        if (watch) {
            return watch(limits, ocrMode, stdout, err);
        }
        BuildMemory memory = BuildMemory.empty();
        IngestRun.Result result = new IngestRun(archive.corpus, archive.out, limits, ocrMode, memory)
                .run(inputs, added -> rebuild(limits, ocrMode, memory, false, err));
        print(stdout, result);
        boolean failed = result.entries().stream().anyMatch(e -> e.status().equals("failed"));
        return failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /**
     * The incremental build after a copy (with {@code republish}, publishing even an up-to-date output: see
     * {@link BuildRun#republishing()}); returns its one-line summary.
     */
    private String rebuild(DocumentLimits limits, OcrMode ocrMode, BuildMemory memory, boolean republish,
                           PrintWriter err) throws IOException {
        long started = System.nanoTime();
        BuildRun build = new BuildRun(archive.corpus, archive.out, "",
                new ProgressBar(err, ProgressBar.stderrIsTerminal()), limits, ocrMode, memory);
        BuildReport report = (republish ? build.republishing() : build).run();
        String site = report.filesUnchanged() < 0 ? "site up to date, nothing changed"
                : String.format("site %d files written, %d unchanged", report.filesWritten(), report.filesUnchanged());
        return String.format("build: %d documents (%d new, %d extracted, %d failed); %s; %s (%.1f s)",
                report.documents(), report.created(), report.extracted(), report.failures().size(),
                BuildCommand.curation(report), site, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Runs until stopped (Ctrl-C): brings the output up to date, then every {@link #POLL} polls the inboxes and
     * ingests what has settled, in this process. A build another process holds the lock for is waited for.
     */
    private int watch(DocumentLimits limits, OcrMode ocrMode, PrintWriter stdout, PrintWriter err)
            throws IOException {
        for (Path inbox : inputs) {
            if (!Files.isDirectory(inbox)) {
                err.println("gongwen ingest --watch: not a folder: " + inbox);
                return ExitCodes.USAGE;
            }
        }
        // what every build of this process leaves for the next: records, hashes, the search index's words; on
        // Ctrl-C the word memo being saved is finished (saves are atomic anyway: a kill leaves the previous one)
        BuildMemory memory = BuildMemory.forProcess();
        Runtime.getRuntime().addShutdownHook(new Thread(memory::close, "gongwen-watch-stop"));
        InboxWatcher watcher = new InboxWatcher(inputs, archive.corpus, archive.out, limits, ocrMode, memory);
        // a build first: it publishes what a watcher stopped mid-ingest had copied into the corpus, and publishes
        // even a current output again (the same files), which fills the memory and compiles the publishing code
        // before the first file arrives
        stdout.println(rebuildWhenFree(limits, ocrMode, memory, true, err));
        watcher.warmUp();
        stdout.println("watching " + inputs + " (files are taken " + Inbox.SETTLE.toMillis()
                + " ms after their last change; Ctrl-C stops)");
        stdout.flush();
        try {
            while (true) {
                long started = System.nanoTime();
                try {
                    Optional<IngestRun.Result> result = watcher.poll(
                            added -> rebuildWhenFree(limits, ocrMode, memory, false, err));
                    if (result.isPresent()) {
                        print(stdout, result.get());
                        stdout.printf(Locale.ROOT, "ingested in %.2f s%n", (System.nanoTime() - started) / 1e9);
                        stdout.flush();
                    }
                    Thread.sleep(POLL.toMillis());
                } catch (IOException e) {
                    // a full disk, an unreadable inbox: the files stay in the inbox and are taken again later
                    err.println("gongwen ingest --watch: " + e.getMessage() + " (trying again in "
                            + RETRY.toSeconds() + " s)");
                    err.flush();
                    Thread.sleep(RETRY.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }

    private String rebuildWhenFree(DocumentLimits limits, OcrMode ocrMode, BuildMemory memory, boolean republish,
                                   PrintWriter err) throws IOException {
        while (true) {
            try {
                return rebuild(limits, ocrMode, memory, republish, err);
            } catch (BuildLock.LockedException e) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new IOException("stopped while waiting for another build", stop);
                }
            }
        }
    }

    private static void print(PrintWriter stdout, IngestRun.Result result) {
        for (Entry e : result.entries()) {
            print(stdout, e);
        }
        if (result.build() != null) {
            stdout.println(result.build());
        }
        stdout.println("report: " + result.htmlReport());
        stdout.flush();
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
