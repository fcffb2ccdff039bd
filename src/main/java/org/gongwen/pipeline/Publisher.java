package org.gongwen.pipeline;

import org.gongwen.ingest.Hashes;
import org.gongwen.model.DocRef;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Register;
import org.gongwen.register.RegisterBuilder;
import org.gongwen.register.RegisterCache;
import org.gongwen.register.RegisterExporter;
import org.gongwen.search.SearchDocument;
import org.gongwen.search.SearchIndexBuilder;
import org.gongwen.site.DocumentIds;
import org.gongwen.site.RecordMarkdown;
import org.gongwen.site.SiteBuilder;
import org.gongwen.site.SiteDocument;
import org.gongwen.site.SiteWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The archive-wide half of a build, in path order: records, the register, the site, Markdown (after the site, which
 * tells which documents' Markdown changed), then the search index (built meanwhile by a {@link SearchIndexTask}),
 * the site swapped in whole by {@link SiteWriter#commit()}. Files whose bytes do not change are not rewritten.
 */
final class Publisher {
    private final Path out;
    private final String baseUrl;
    private final BuildMemory memory;

    /** Site files written with new content and kept unchanged. */
    record Result(int filesWritten, int filesUnchanged) {
    }

    Publisher(Path out, String baseUrl, BuildMemory memory) {
        this.out = out;
        this.baseUrl = baseUrl;
        this.memory = memory;
    }

    /**
     * Publishes the documents; {@code otherFiles} maps a document's corpus path to the files of its other sources,
     * {@code sources} holds the record of every source (duplicates included), written to {@code records/}.
     */
    Result publish(List<DocumentOutcome> outcomes, Map<String, List<Path>> otherFiles, List<DocumentOutcome> sources)
            throws IOException {
        List<DocumentOutcome> ok = outcomes.stream().filter(o -> !o.failed()).toList();
        List<String> ids = DocumentIds.assign(ok.stream().map(DocumentOutcome::record).toList());
        PhaseTimer timer = new PhaseTimer();
        // the search index needs only the documents' text and metadata: it is built on its own thread while the
        // records, the register and the pages are written (each half leaves a core idle part of the time)
        SearchIndexTask search = SearchIndexTask.start(out, memory, searchDocuments(ok, ids));
        try {
            Map<DocumentOutcome, byte[]> recordJson = writeRecords(sources.stream().filter(o -> !o.failed()).toList());
            List<SiteDocument> docs = siteDocuments(ok, ids, otherFiles, recordJson);
            timer.done("records");
            RegisterCache registerCache = RegisterCache.load(out.resolve(".cache/register.json"),
                    ToolVersion.current());
            Register register = register(ok, ids, registerCache.builder());
            Map<String, byte[]> registerFiles = registerFiles(register);
            writeRegister(registerFiles, registerDir(out));
            registerCache.save();
            timer.done("register");
            SiteWriter writer = new SiteWriter(out.resolve("site"));
            new SiteBuilder(writer, baseUrl).remembering(out.resolve(".cache/site-pages.bin"), ToolVersion.current())
                    .build(docs, register, registerFiles);
            writeMarkdown(docs);
            timer.done("site pages and markdown");
            SearchIndexBuilder.Update index = search.files();
            timer.done("search index (rest of)");
            writeIndex(writer, index);
            timer.done("search files");
            writer.commit();
            search.published();
            memory.rememberIndex(writer.folder(), index.files());
            timer.done("swap");
            return new Result(writer.changedCount(), writer.unchangedCount());
        } finally {
            search.finish();
            timer.done("search memo and base handed on");
        }
    }

    /**
     * Writes the search index files; the live files the index keeps (its base segment) are kept unread. When this
     * process published the live site, its memory has the live index files' bytes: an unchanged file is then kept
     * without reading it, a changed one written without reading the old one.
     */
    private void writeIndex(SiteWriter writer, SearchIndexBuilder.Update index) {
        for (String kept : index.kept()) {
            if (!writer.keepLive(kept)) {
                // checked just before the index was built: only something outside gongwen removes it meanwhile
                throw new IllegalStateException("the live site lost " + kept + " during the build; build again");
            }
        }
        Map<String, byte[]> live = memory.index(writer.liveFolder());
        for (Map.Entry<String, byte[]> file : index.files().entrySet()) {
            if (live == null) {
                writer.write(file.getKey(), file.getValue());
            } else if (!Arrays.equals(live.get(file.getKey()), file.getValue()) || !writer.keepLive(file.getKey())) {
                writer.replace(file.getKey(), file.getValue());
            }
        }
    }

    private static List<SearchDocument> searchDocuments(List<DocumentOutcome> ok, List<String> ids) {
        List<SearchDocument> searchDocs = new ArrayList<>(ok.size());
        for (int i = 0; i < ok.size(); i++) {
            DocumentRecord r = ok.get(i).record();
            searchDocs.add(new SearchDocument(ids.get(i), SiteDocument.pagePath(ids.get(i)), r.docNumber(),
                    r.title(), r.date(), r.issuer(), r.docType(), r.text()));
        }
        return searchDocs;
    }

    /**
     * Writes the records; returns the JSON bytes written for each outcome (by identity), so that a record not read
     * from the cache is serialised once for both its file and the site.
     */
    private Map<DocumentOutcome, byte[]> writeRecords(List<DocumentOutcome> ok) throws IOException {
        Path dir = out.resolve("records");
        Set<Path> keep = new HashSet<>();
        Map<DocumentOutcome, byte[]> json = new IdentityHashMap<>();
        for (DocumentOutcome o : ok) {
            Path file = dir.resolve(OutputNames.withSuffix(o.path(), ".json")).toAbsolutePath().normalize();
            keep.add(file);
            byte[] bytes = o.recordJson();
            json.put(o, bytes);
            memory.writeIfChanged(file, bytes);
        }
        OutputFiles.deleteOthers(dir, keep);
        return json;
    }

    /**
     * The documents for the site, with their record JSON, their Markdown (rendered when first asked for, once for both
     * outputs: see {@link #writeMarkdown}) and the record's key for the site memo: a record that is a cache entry is known by the entry's key (a SHA-256 over the
     * source's bytes, name, tool version and OCR engine), which saves hashing 30 MB of JSON for an archive of 600
     * documents; a corrected or merged record by the SHA-256 of its JSON.
     */
    private static List<SiteDocument> siteDocuments(List<DocumentOutcome> ok, List<String> ids,
                                                    Map<String, List<Path>> otherFiles,
                                                    Map<DocumentOutcome, byte[]> recordJson) {
        List<SiteDocument> docs = new ArrayList<>(ok.size());
        for (int i = 0; i < ok.size(); i++) {
            DocumentOutcome o = ok.get(i);
            String id = ids.get(i);
            // the published outcomes are among the sources, whose JSON is at hand: computing it is only a fallback
            byte[] json = recordJson.computeIfAbsent(o, DocumentOutcome::recordJson);
            DocumentRecord record = o.record();
            Markdown markdown = new Markdown(() -> RecordMarkdown.of(id, record).getBytes(StandardCharsets.UTF_8));
            String key = o.cacheKey() != null ? o.cacheKey() : Hashes.sha256(json);
            docs.add(new SiteDocument(id, o.record(), json, key, markdown, o.file(),
                    otherFiles.getOrDefault(o.path(), List.of())));
        }
        return docs;
    }

    /**
     * Writes {@code markdown/}, after the site: a document whose Markdown the site did not render kept its site copy
     * from the memo (same id and record as when it was last published, and so as when this file was written), so the
     * file is current and neither rendered nor read back; a missing file is always written.
     */
    private void writeMarkdown(List<SiteDocument> docs) throws IOException {
        Path dir = out.resolve("markdown");
        Set<Path> keep = new HashSet<>();
        for (SiteDocument d : docs) {
            Path file = dir.resolve(d.id() + ".md").toAbsolutePath().normalize();
            keep.add(file);
            if (((Markdown) d.markdown()).rendered() || !Files.isRegularFile(file)) {
                OutputFiles.writeIfChanged(file, d.markdown().get());
            }
        }
        OutputFiles.deleteOthers(dir, keep);
    }

    /** A document's Markdown, rendered on the first call only (by the site or by {@link #writeMarkdown}). */
    private static final class Markdown implements Supplier<byte[]> {
        private final Supplier<byte[]> render;
        private volatile byte[] bytes;

        Markdown(Supplier<byte[]> render) {
            this.render = render;
        }

        @Override
        public synchronized byte[] get() {
            if (bytes == null) {
                bytes = render.get();
            }
            return bytes;
        }

        boolean rendered() {
            return bytes != null;
        }
    }

    /** The register folder of a build's output. */
    static Path registerDir(Path out) {
        return out.resolve("register");
    }

    /** The register's files by name, in the order the site links them ({@link RegisterExporter#FILE_FORMATS}). */
    static Map<String, byte[]> registerFiles(Register register) throws IOException {
        RegisterExporter exporter = new RegisterExporter();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (RegisterExporter.Format format : RegisterExporter.FILE_FORMATS) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            exporter.write(register, format, bytes);
            files.put(format.fileName(), bytes.toByteArray());
        }
        return files;
    }

    /**
     * Writes the register's files into {@code dir}, each only when its bytes change (atomically, like every output);
     * returns how many were written.
     */
    static int writeRegister(Map<String, byte[]> files, Path dir) throws IOException {
        int written = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (OutputFiles.writeIfChanged(dir.resolve(file.getKey()), file.getValue())) {
                written++;
            }
        }
        return written;
    }

    private static Register register(List<DocumentOutcome> ok, List<String> ids, RegisterBuilder builder) {
        List<RegisterBuilder.Input> inputs = new ArrayList<>();
        for (int i = 0; i < ok.size(); i++) {
            DocumentRecord r = ok.get(i).record();
            // a cache entry's key stands for the record in the register's memo too (null: the register hashes it)
            inputs.add(new RegisterBuilder.Input(new DocRef(ids.get(i), r.docNumber(), r.title(), r.date(),
                    r.source().fileName()), r, ok.get(i).cacheKey()));
        }
        return builder.build(inputs);
    }
}
