package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import org.gongwen.curate.DedupResult;
import org.gongwen.curate.FixFile;
import org.gongwen.ingest.Hashes;
import org.gongwen.model.Correction;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;

/**
 * The build's archivist step, between extraction (or the cache, which holds uncorrected records) and publishing:
 * every source's sidecar corrections are applied afresh, then sources holding one document are grouped, so a
 * correction can never be baked into the cache nor lost with it.
 */
final class BuildCuration {
    private final Curation curation = new Curation();

    /**
     * What to publish.
     *
     * @param published  one outcome per document (failed ones included), in corpus order; merged documents carry
     *                   their other sources in {@code record().otherSources()}
     * @param otherFiles corpus path of a published document → the files of its other sources, in the order of
     *                   {@code otherSources}
     * @param archive    what deduplication merged and flagged
     * @param sidecars   SHA-256 over the corpus paths and bytes of every sidecar (part of the up-to-date check)
     * @param sources    every outcome with its corrected record, duplicates included (each source keeps its record
     *                   in {@code records/}; the kept one lists the others in {@code otherSources})
     */
    record Result(List<DocumentOutcome> published, Map<String, List<Path>> otherFiles, DedupResult archive,
                  int corrections, int correctionsToReview, String sidecars, List<DocumentOutcome> sources) {
    }

    Result apply(List<DocumentOutcome> outcomes) {
        Map<DocumentRecord, DocumentOutcome> byRecord = new IdentityHashMap<>();
        List<DocumentRecord> corrected = new ArrayList<>();
        int applied = 0;
        int review = 0;
        for (DocumentOutcome o : outcomes) {
            if (!o.failed()) {
                DocumentRecord r = curation.correct(o.file(), o.record());
                applied += r.corrections().size();
                review += (int) r.corrections().stream().filter(Correction::needsReview).count();
                byRecord.put(r, o);
                corrected.add(r);
            }
        }
        DedupResult archive = curation.deduplicate(corrected);
        Map<DocumentOutcome, DocumentRecord> kept = new IdentityHashMap<>();
        Map<String, List<Path>> otherFiles = new TreeMap<>();
        Set<DocumentRecord> correctedSet = Collections.newSetFromMap(new IdentityHashMap<>());
        correctedSet.addAll(corrected);
        for (DocumentRecord doc : archive.documents()) {
            DocumentOutcome primary = byRecord.get(primaryOf(doc, corrected, correctedSet));
            kept.put(primary, doc);
            if (!doc.otherSources().isEmpty()) {
                otherFiles.put(primary.path(), filesOf(doc.otherSources(), byRecord));
            }
        }
        Map<DocumentOutcome, DocumentRecord> correctedOf = new IdentityHashMap<>();
        byRecord.forEach((record, outcome) -> correctedOf.put(outcome, record));
        List<DocumentOutcome> published = new ArrayList<>();
        List<DocumentOutcome> sources = new ArrayList<>();
        for (DocumentOutcome o : outcomes) {
            if (o.failed()) {
                published.add(o);
                sources.add(o);
                continue;
            }
            DocumentRecord record = kept.getOrDefault(o, correctedOf.get(o));
            DocumentOutcome withRecord = o.withRecord(record);
            sources.add(withRecord);
            if (kept.containsKey(o)) {
                published.add(withRecord);
            }
        }
        return new Result(published, otherFiles, archive, applied, review, sidecars(outcomes), sources);
    }

    private static String sidecars(List<DocumentOutcome> outcomes) {
        StringBuilder all = new StringBuilder();
        for (DocumentOutcome o : outcomes) {
            if (o.file() == null) {
                continue;       // refused without reading (see DocumentOutcome)
            }
            Path sidecar = FixFile.sidecarOf(o.file());
            try {
                if (Files.isRegularFile(sidecar)) {
                    all.append(o.path()).append('\0').append(Hashes.sha256(Files.readAllBytes(sidecar))).append('\n');
                }
            } catch (IOException e) {
                all.append(o.path()).append("\0unreadable\n");   // the build reports it as an invalid correction
            }
        }
        return Hashes.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The corrected record a deduplicated document was made from (the same record, or it with otherSources). */
    private static DocumentRecord primaryOf(DocumentRecord doc, List<DocumentRecord> corrected,
                                            Set<DocumentRecord> correctedSet) {
        if (correctedSet.contains(doc)) {
            return doc;     // most documents: deduplication returned the very record it was given
        }
        for (DocumentRecord r : corrected) {
            if (r.source().equals(doc.source()) && r.text().equals(doc.text())) {
                return r;
            }
        }
        throw new IllegalStateException("deduplication returned a record it was not given");
    }

    private static List<Path> filesOf(List<SourceInfo> sources, Map<DocumentRecord, DocumentOutcome> byRecord) {
        List<Path> files = new ArrayList<>();
        for (SourceInfo s : sources) {
            byRecord.entrySet().stream().filter(e -> e.getKey().source() == s).findFirst()
                    .ifPresent(e -> files.add(e.getValue().file()));
        }
        return files;
    }
}
