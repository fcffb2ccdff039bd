package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.site.IngestReportPage.Entry;

/**
 * {@code gongwen ingest --watch}: one poll of the inboxes. The files that have settled ({@link Inbox}) are ingested
 * together, as {@code gongwen ingest FILE…} would (copy, incremental build, report), in this same process, so the
 * JVM, its compiled code and the loaded dictionaries serve every ingest after the first; then each file is put away.
 * The caller polls again and again (the command every {@code 250 ms}).
 */
public final class InboxWatcher {
    /** The typical size of a circular's text file; a warm-up read of it takes about a tenth of a second. */
    private static final long WARM_UP_BYTES = 16 * 1024;

    private final List<Inbox> inboxes;
    private final Path corpus;
    private final Path out;
    private final DocumentLimits limits;
    private final OcrMode ocrMode;
    private final BuildMemory memory;

    /** A watcher whose ingests share {@code memory} with the builds the caller runs for them. */
    public InboxWatcher(List<Path> inboxes, Path corpus, Path out, DocumentLimits limits, OcrMode ocrMode,
                        BuildMemory memory) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.inboxes = inboxes.stream().map(Inbox::new).toList();
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.out = Objects.requireNonNull(out, "out");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ocrMode = Objects.requireNonNull(ocrMode, "ocrMode");
    }

    /**
     * Reads one corpus file of each kind (file extension; the one nearest {@link #WARM_UP_BYTES} in size) through
     * extraction, without OCR, and forgets the records: the first file dropped then finds the readers, the normaliser
     * and the taggers compiled, and costs what later ones cost. Writes nothing.
     *
     * @return the number of files read
     */
    public int warmUp() throws IOException {
        Map<String, CorpusFiles.Entry> byKind = new HashMap<>();
        for (CorpusFiles.Entry e : SourceRecords.sources(corpus)) {
            String name = e.file().getFileName().toString();
            String kind = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            CorpusFiles.Entry best = byKind.get(kind);
            if (best == null || distance(e) < distance(best)) {
                byKind.put(kind, e);
            }
        }
        try (GuardedProcessor reader = new GuardedProcessor(new DocumentProcessor(OcrMode.OFF), limits)) {
            byKind.values().forEach(e -> reader.process(e.file()));
        }
        return byKind.size();
    }

    private static long distance(CorpusFiles.Entry e) {
        try {
            return Math.abs(Files.size(e.file()) - WARM_UP_BYTES);
        } catch (IOException gone) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Ingests what has settled since the last poll; empty when nothing had. The inbox files are put away only after
     * the ingest (and its build) finished, so a crash leaves them to be taken again; copied into the corpus already,
     * they are then reported as skipped, and the build the watching command runs when it starts publishes them.
     */
    public Optional<IngestRun.Result> poll(IngestRun.Rebuild rebuild) throws IOException {
        Map<Path, Inbox> taken = new HashMap<>();
        List<Path> files = new ArrayList<>();
        Instant now = Instant.now();
        for (Inbox inbox : inboxes) {
            for (Path f : inbox.settled(now)) {
                files.add(f);
                taken.put(f.toAbsolutePath().normalize(), inbox);
            }
        }
        if (files.isEmpty()) {
            return Optional.empty();
        }
        IngestRun.Result result = new IngestRun(corpus, out, limits, ocrMode, memory).run(files, rebuild);
        for (Entry e : result.entries()) {
            Path file = Path.of(e.input()).toAbsolutePath().normalize();
            Inbox inbox = taken.get(file);
            if (inbox != null) {
                inbox.putAway(file, e.status().equals("failed"));
            }
        }
        return Optional.of(result);
    }
}
