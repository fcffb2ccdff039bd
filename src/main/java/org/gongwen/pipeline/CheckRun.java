package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongwen.curate.ArchiveChecker;
import org.gongwen.curate.DedupResult;
import org.gongwen.curate.Finding;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;

/**
 * {@code gongwen check}: what in the archive needs an archivist's attention, from the same corrected, deduplicated
 * records a build publishes. Sources are named by their path in the corpus.
 */
public final class CheckRun {
    private final SourceRecords records;
    private final Curation curation = new Curation();

    /** A check that takes unchanged sources from the build cache of {@code out}. */
    public CheckRun(Path out) throws IOException {
        this.records = new SourceRecords(out);
    }

    /**
     * The outcome.
     *
     * @param sources   source files in the corpus
     * @param documents documents after grouping duplicates
     * @param findings  what needs attention, by file then code
     */
    public record Result(int sources, int documents, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    public Result run(Path corpus) throws IOException {
        List<DocumentRecord> corrected = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<CorpusFiles.Entry> sources = SourceRecords.sources(corpus);
        for (CorpusFiles.Entry entry : sources) {
            Path source = entry.file();
            String path = entry.relativePath();
            ProcessedDocument doc = records.extract(source);
            if (doc.failed()) {
                findings.add(new Finding(path, "unreadable", doc.failure().message()));
                continue;
            }
            corrected.add(named(curation.correct(source, doc.record()), path));
        }
        DedupResult archive = curation.deduplicate(corrected);
        findings.addAll(new ArchiveChecker().check(archive));
        findings.sort(Comparator.comparing(Finding::file).thenComparing(Finding::code));
        return new Result(sources.size(), archive.documents().size(), findings);
    }

    /** The record with its source named by its corpus path, so findings in sub-folders are unambiguous. */
    static DocumentRecord named(DocumentRecord r, String path) {
        SourceInfo s = r.source();
        return r.toBuilder().source(new SourceInfo(path, s.sha256(), s.format(), s.bytes(), s.pageCount(), s.pages()))
                .build();
    }
}
