package org.gongwen.pipeline;

import org.gongwen.ingest.ocr.OcrMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongwen.publish.BuildLock;

/**
 * {@code gongwen build}: every document of the corpus → {@code records/}, {@code markdown/}, {@code register/} and
 * {@code site/}. The only class that knows the order of the work. Documents are processed in parallel on all cores
 * (or taken from the cache when their content and the tool are unchanged) and then handled in corpus path order, so
 * the output never depends on thread timing.
 *
 * <p>Example: {@code new BuildRun(Path.of("corpus"), Path.of("output"), "", listener).run()}.
 */
public final class BuildRun {
    private final Path corpus;
    private final Path out;
    private final String baseUrl;
    private final Listener listener;
    private final DocumentLimits limits;
    private final OcrMode ocrMode;
    private final BuildMemory memory;
    private boolean republish;

    /** Progress callbacks, called from worker threads. */
    public interface Listener {
        /** Reports nothing (tests, embedding). */
        Listener QUIET = new Listener() {
            @Override
            public void started(int documents) {
            }

            @Override
            public void documentDone(String path, boolean failed) {
            }
        };

        void started(int documents);

        void documentDone(String path, boolean failed);
    }

    public BuildRun(Path corpus, Path out, String baseUrl, Listener listener) {
        this(corpus, out, baseUrl, listener, DocumentLimits.defaults());
    }

    /** A build whose documents are each processed under the given limits (time, size). */
    public BuildRun(Path corpus, Path out, String baseUrl, Listener listener, DocumentLimits limits) {
        this(corpus, out, baseUrl, listener, limits, OcrMode.DEFAULT);
    }

    /** A build under the given limits that OCRs scans and pages without a text layer with {@code ocrMode}. */
    public BuildRun(Path corpus, Path out, String baseUrl, Listener listener, DocumentLimits limits,
                    OcrMode ocrMode) {
        this(corpus, out, baseUrl, listener, limits, ocrMode, BuildMemory.empty());
    }

    /**
     * A build that starts from, and leaves its records, hashes and word memo in, {@code memory}: what a
     * long-running process ({@code ingest --watch}) keeps between its builds. The outputs are the same.
     */
    public BuildRun(Path corpus, Path out, String baseUrl, Listener listener, DocumentLimits limits,
                    OcrMode ocrMode, BuildMemory memory) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.ocrMode = Objects.requireNonNull(ocrMode, "ocrMode");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.corpus = Objects.requireNonNull(corpus, "corpus").toAbsolutePath().normalize();
        this.out = Objects.requireNonNull(out, "out").toAbsolutePath().normalize();
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Makes {@link #run()} publish even when the output is up to date (the same files again, the site swapped in as
     * for any build): a long-running process starts so, to fill its {@link BuildMemory} and compile the publishing
     * code before the first real change arrives.
     */
    public BuildRun republishing() {
        this.republish = true;
        return this;
    }

    /** Runs the build; fails with {@link BuildLock.LockedException} when another build holds the output's lock. */
    public BuildReport run() throws IOException {
        try (BuildLock lock = BuildLock.acquire(out)) {
            Files.createDirectories(out.resolve(".cache"));
            return locked();
        }
    }

    private BuildReport locked() throws IOException {
        PhaseTimer timer = new PhaseTimer();
        timer.sinceStart("start-up");
        List<CorpusFiles.Entry> files = CorpusScanner.scan(corpus);
        listener.started(files.size());
        BuildCache cache = new BuildCache(out.resolve(".cache/records"), ToolVersion.current(), ocrMode, memory);
        List<DocumentOutcome> outcomes;
        try (DocumentStep step = new DocumentStep(cache, memory, limits, ocrMode)) {
            outcomes = processAll(files, step);
        }
        timer.done("documents");
        Manifest previous = Manifest.read(out.resolve(".cache/manifest.json"));
        BuildCuration.Result curated = new BuildCuration().apply(outcomes);
        timer.done("curation");
        Manifest current = Manifest.of(outcomes);
        // nothing changed since the last complete build (same sources, tool and options): the outputs are current
        Path stamp = out.resolve(".cache/published");
        // the sidecars are inputs too: a new or edited correction must be published even when no source changed
        String fingerprint = current.fingerprint(ToolVersion.current() + "\n" + baseUrl + "\nocr=" + ocrMode.label()
                + "\n" + curated.sidecars());
        // a source read afresh (its record was not cached: it waited for OCR, or it failed before) may read
        // differently now, so the outputs are only current when every record came from the cache
        boolean allCached = outcomes.stream().allMatch(o -> o.failed() || o.fromCache());
        boolean upToDate = !republish && allCached && fingerprint.equals(readQuietly(stamp))
                && Files.isRegularFile(out.resolve("site/index.html"))
                && Files.isRegularFile(out.resolve("site/search/index.js"));
        Publisher.Result published = upToDate ? new Publisher.Result(0, -1)
                : new Publisher(out, baseUrl, memory).publish(curated.published(), curated.otherFiles(), curated.sources());
        current.write(out.resolve(".cache/manifest.json"));
        OutputFiles.writeIfChanged(stamp, fingerprint.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        cache.prune();
        BuildReport report = report(outcomes, previous, current, published).withCuration(
                curated.archive().duplicates().size(), curated.archive().conflicts().size(), curated.corrections(),
                curated.correctionsToReview());
        BuildReportFile.write(out.resolve("build-report.json"), report, limits, outcomes, curated.published(),
                curated.otherFiles());
        return report;
    }

    private List<DocumentOutcome> processAll(List<CorpusFiles.Entry> files, DocumentStep step) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gongwen-build");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DocumentOutcome>> futures = new ArrayList<>();
            for (CorpusFiles.Entry f : files) {
                String path = f.relativePath();
                futures.add(pool.submit(() -> {
                    DocumentOutcome o = f.refused() ? DocumentOutcome.failed(null, path, "", f.refusal(), 0)
                            : step.run(f.file(), path);
                    listener.documentDone(path, o.failed());
                    return o;
                }));
            }
            List<DocumentOutcome> outcomes = new ArrayList<>();
            for (Future<DocumentOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("build failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static BuildReport report(List<DocumentOutcome> outcomes, Manifest previous, Manifest current,
                                      Publisher.Result published) {
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        int extracted = 0;
        int warnings = 0;
        List<BuildReport.Failure> failures = new ArrayList<>();
        for (DocumentOutcome o : outcomes) {
            String before = previous.shas().get(o.path());
            if (before == null) {
                created++;
            } else if (before.equals(o.sha256())) {
                unchanged++;
            } else {
                changed++;
            }
            if (o.failed()) {
                failures.add(new BuildReport.Failure(o.path(), o.failure().stage(), o.failure().message()));
            } else {
                warnings += o.record().warnings().size();
                extracted += o.fromCache() ? 0 : 1;
            }
        }
        int removed = (int) previous.shas().keySet().stream().filter(p -> !current.shas().containsKey(p)).count();
        return new BuildReport(outcomes.size(), created, changed, unchanged, extracted, failures, warnings, removed,
                published.filesWritten(), published.filesUnchanged());
    }

    /** The corpus as last built: relative path → content SHA-256. */
    record Manifest(Map<String, String> shas) {
        static Manifest read(Path file) {
            try {
                return new Manifest(org.gongwen.json.RecordJson.mapper().readValue(file.toFile(),
                        new com.fasterxml.jackson.core.type.TypeReference<java.util.TreeMap<String, String>>() { }));
            } catch (IOException | RuntimeException e) {
                return new Manifest(Map.of());
            }
        }

        static Manifest of(List<DocumentOutcome> outcomes) {
            Map<String, String> shas = new java.util.TreeMap<>();
            outcomes.forEach(o -> shas.put(o.path(), o.sha256()));
            return new Manifest(shas);
        }

        /** A hash of every path and content hash plus the given context (tool version, options). */
        String fingerprint(String context) {
            StringBuilder sb = new StringBuilder(context).append('\n');
            shas.forEach((path, sha) -> sb.append(path).append('\t').append(sha).append('\n'));
            return org.gongwen.ingest.Hashes.sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        void write(Path file) throws IOException {
            OutputFiles.writeIfChanged(file, org.gongwen.json.RecordJson.mapper().writeValueAsBytes(shas));
        }
    }
}
