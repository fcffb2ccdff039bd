package org.gongwen.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongwen.curate.DedupResult;
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
     */
    record Result(List<DocumentOutcome> published, Map<String, List<Path>> otherFiles, DedupResult archive,
                  int corrections, int correctionsToReview) {
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
        for (DocumentRecord doc : archive.documents()) {
            DocumentOutcome primary = byRecord.get(primaryOf(doc, corrected));
            kept.put(primary, doc);
            if (!doc.otherSources().isEmpty()) {
                otherFiles.put(primary.path(), filesOf(doc.otherSources(), byRecord));
            }
        }
        List<DocumentOutcome> published = new ArrayList<>();
        for (DocumentOutcome o : outcomes) {
            if (o.failed()) {
                published.add(o);
            } else if (kept.containsKey(o)) {
                published.add(new DocumentOutcome(o.file(), o.path(), o.sha256(), kept.get(o), null, o.fromCache()));
            }
        }
        return new Result(published, otherFiles, archive, applied, review);
    }

    /** The corrected record a deduplicated document was made from (the same record, or it with otherSources). */
    private static DocumentRecord primaryOf(DocumentRecord doc, List<DocumentRecord> corrected) {
        for (DocumentRecord r : corrected) {
            if (r == doc || r.source().equals(doc.source()) && r.text().equals(doc.text())) {
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
