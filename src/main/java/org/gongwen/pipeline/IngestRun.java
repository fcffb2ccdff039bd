package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongwen.curate.CorpusNames;
import org.gongwen.curate.FixFile;
import org.gongwen.ingest.Hashes;
import org.gongwen.json.RecordJson;
import org.gongwen.model.DocumentRecord;
import org.gongwen.publish.AtomicFiles;
import org.gongwen.site.IngestReportPage;
import org.gongwen.site.IngestReportPage.Entry;

/**
 * {@code gongwen ingest FILE|DIR…}: copies new sources into the corpus under readable names (the canonical 发文字号, or
 * the title, then a short hash; never overwriting or renaming a file already there), skips files whose bytes are
 * already in the corpus, then updates the output with an incremental build and writes a report to
 * {@code output/reports/} (JSON and HTML).
 */
public final class IngestRun {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path corpus;
    private final Path out;
    private final SourceRecords records;
    private final BuildMemory memory;

    /** Updates the output after the copy; returns a one-line summary of what it did. */
    public interface Rebuild {
        String run(List<Entry> added) throws IOException;
    }

    /**
     * The outcome.
     *
     * @param entries    one per file offered, in the order given (directories expanded in path order)
     * @param build      the rebuild's summary, null when nothing was added
     * @param jsonReport the JSON report
     * @param htmlReport the HTML report
     */
    public record Result(List<Entry> entries, String build, Path jsonReport, Path htmlReport) {
    }

    public IngestRun(Path corpus, Path out) throws IOException {
        this(corpus, out, DocumentLimits.defaults(), org.gongwen.ingest.ocr.OcrMode.DEFAULT, BuildMemory.empty());
    }

    /**
     * An ingest that reads new files under the given limits and OCR engine, as {@code build} would, with the
     * memory of the process (records and corpus hashes known from its earlier builds).
     */
    public IngestRun(Path corpus, Path out, DocumentLimits limits, org.gongwen.ingest.ocr.OcrMode ocrMode,
                     BuildMemory memory) throws IOException {
        this.corpus = corpus;
        this.out = out;
        this.memory = memory;
        this.records = new SourceRecords(out, limits, ocrMode, memory);
    }

    public Result run(List<Path> inputs, Rebuild rebuild) throws IOException {
        PhaseTimer timer = new PhaseTimer();
        Files.createDirectories(corpus);
        Map<String, String> known = corpusHashes();
        timer.done("ingest: corpus hashes");
        List<Entry> entries = new ArrayList<>();
        for (Path file : expand(inputs)) {
            entries.add(ingest(file, known));
        }
        timer.done("ingest: read and copy");
        List<Entry> added = entries.stream().filter(e -> e.status().equals("added")).toList();
        String build = added.isEmpty() ? null : rebuild.run(added);
        timer.done("ingest: build");
        if (build != null) {
            Map<String, String> merged = mergedSources();
            entries.replaceAll(e -> noteMerge(e, merged));
        }
        Result result = report(entries, build);
        timer.done("ingest: report");
        return result;
    }

    /**
     * Says when the build found an added file to be another form of a document already in the archive, as the build
     * report records it ({@code mergedInto}); {@code merged} maps corpus paths to the documents they were merged into.
     */
    private static Entry noteMerge(Entry e, Map<String, String> merged) {
        String kept = e.status().equals("added") ? merged.get(e.corpusFile()) : null;
        if (kept == null) {
            return e;
        }
        String note = "same document as " + kept + ": that text is shown, this file is linked as another version";
        return new Entry(e.input(), e.status(), e.corpusFile(), e.sha256(), e.docNumber(), e.title(), e.date(),
                e.docType(), e.figures(), e.commitments(), e.warnings(), note);
    }

    /** Corpus path → corpus path of the document it was merged into, from the last build's report. */
    private Map<String, String> mergedSources() {
        Map<String, String> merged = new HashMap<>();
        try {
            for (com.fasterxml.jackson.databind.JsonNode f : RecordJson.mapper()
                    .readTree(out.resolve("build-report.json").toFile()).path("files")) {
                if (f.hasNonNull("mergedInto")) {
                    merged.put(f.path("path").asText(), f.get("mergedInto").asText());
                }
            }
        } catch (IOException e) {
            // no readable report: the entries go without the note, which is all the report adds
        }
        return merged;
    }

    private Entry ingest(Path file, Map<String, String> known) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(file, null, "cannot read: " + e.getMessage());
        }
        String sha = Hashes.sha256(bytes);
        if (known.containsKey(sha)) {
            return new Entry(file.toString(), "skipped", known.get(sha), sha, null, null, null, null, 0, 0,
                    List.of(), "identical to " + known.get(sha) + " already in the corpus");
        }
        try {
            ProcessedDocument doc = records.extract(file);
            if (doc.failed()) {
                return failed(file, sha, "not ingested: " + doc.failure().message());
            }
            DocumentRecord r = doc.record();
            String name = copy(bytes, CorpusNames.of(r.docNumber(), r.title(), sha, file.getFileName().toString()),
                    sha, file.getFileName().toString());
            known.put(sha, name);
            records.remember(name, bytes, r);
            return describe(file, name, sha, r);
        } catch (IOException | RuntimeException e) {
            return failed(file, sha, "not ingested: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /** Creates the file under its readable name, or with a longer hash in the rare case the name is taken. */
    private String copy(byte[] bytes, String name, String sha, String original) throws IOException {
        try {
            AtomicFiles.createNew(corpus.resolve(name), bytes);
            return name;
        } catch (FileAlreadyExistsException e) {
            String longer = CorpusNames.of(null, null, sha, original).replaceFirst("_[0-9a-f]+(\\.|$)",
                    "_" + sha + "$1");
            AtomicFiles.createNew(corpus.resolve(longer), bytes);
            return longer;
        }
    }

    static Entry describe(Path file, String name, String sha, DocumentRecord r) {
        int figures = (int) r.entities().stream().filter(e -> e.type().equals("figure")).count();
        List<String> warnings = r.warnings().stream().map(p -> p.code() + ": " + p.message()).toList();
        return new Entry(file.toString(), "added", name, sha, r.docNumber(), r.title(), r.date(), r.docType(),
                figures, r.commitments().size(), warnings, null);
    }

    private static Entry failed(Path file, String sha, String why) {
        return new Entry(file.toString(), "failed", null, sha, null, null, null, null, 0, 0, List.of(), why);
    }

    /** SHA-256 → corpus-relative path of every source already in the corpus. */
    private Map<String, String> corpusHashes() throws IOException {
        Map<String, String> known = new HashMap<>();
        for (CorpusFiles.Entry source : SourceRecords.sources(corpus)) {
            known.putIfAbsent(memory.sha256(source.file()), source.relativePath());
        }
        return known;
    }

    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> !FixFile.isSidecar(p)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private Result report(List<Entry> entries, String build) throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path dir = out.resolve("reports");
        String stem = "ingest-" + STAMP.format(now);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", now.toString());
        json.put("corpus", corpus.toString());
        json.put("build", build);
        json.put("files", entries);
        for (int n = 2; Files.exists(dir.resolve(stem + ".json")); n++) {
            stem = "ingest-" + STAMP.format(now) + "-" + n;      // two ingests within one second
        }
        Path jsonFile = dir.resolve(stem + ".json");
        Path htmlFile = dir.resolve(stem + ".html");
        AtomicFiles.write(jsonFile, (RecordJson.mapper().writeValueAsString(json) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(htmlFile, IngestReportPage.render(now.toString(), entries, build)
                .getBytes(StandardCharsets.UTF_8));
        return new Result(entries, build, jsonFile, htmlFile);
    }
}
