package org.gongwen.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What pages need to know about the whole archive: documents newest first, spans, and who cites whom. Finding every
 * document's spans against every other's 发文字号 and title is the costly part; with the memo of the last build, a
 * document's spans are found again only when its record changed or a citation it looked up now resolves differently
 * (see {@link DocumentSpans}), e.g. it cites the document just added. Other spans are found only if their page is
 * rendered.
 */
final class SiteContext {
    final List<SiteDocument> newestFirst;
    final Map<String, SiteDocument> byId = new HashMap<>();
    final Map<String, List<String>> citedBy = new TreeMap<>();
    /** The citation index's resolutions and each document's spans, for the next build's memo. */
    final SiteMemo next = SiteMemo.empty();
    private final Map<String, List<Span>> found = new ConcurrentHashMap<>();
    private final SpanFinder finder;

    SiteContext(List<SiteDocument> documents, SiteMemo previous) {
        newestFirst = new ArrayList<>(documents);
        newestFirst.sort(Comparator.comparing(SiteDocument::dateKey).reversed().thenComparing(SiteDocument::id));
        CitationIndex citations = new CitationIndex();
        for (SiteDocument d : newestFirst) {
            byId.put(d.id(), d);
            citations.add(d.id(), d.record().docNumber(), d.record().title());
        }
        finder = new SpanFinder(citations);
        next.citations.putAll(citations.resolutions());
        Set<Long> changed = changedLookups(previous.citations, next.citations);
        newestFirst.parallelStream().forEach(d -> {
            DocumentSpans before = previous.spans.get(d.id());
            next.spans.put(d.id(), before != null && before.holds(d.recordKey(), changed) ? before
                    : find(d, d.recordKey()));
        });
        for (SiteDocument d : newestFirst) {
            for (String target : next.spans.get(d.id()).targets()) {
                citedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(d.id());
            }
        }
    }

    /** The document's spans, found now if they were reused from the memo. */
    List<Span> spans(String id) {
        return found.computeIfAbsent(id, k -> finder.find(byId.get(k).record(), k));
    }

    /** The documents the document cites. */
    List<String> targets(String id) {
        return next.spans.get(id).targets();
    }

    DocumentSpans spanMemo(String id) {
        return next.spans.get(id);
    }

    /**
     * The hash of the record's JSON (see {@link SiteDocument#recordJson}): the one its {@link DocumentSpans} hold,
     * since spans from the memo are reused only for the same hash.
     */
    String recordHash(String id) {
        return next.spans.get(id).recordHash();
    }

    /** Finds the document's spans, keeping them for its page, and returns what the memo keeps of them. */
    private DocumentSpans find(SiteDocument d, String hash) {
        SpanFinder.Found spans = finder.found(d.record(), d.id());
        found.put(d.id(), spans.spans());
        return DocumentSpans.of(hash, spans);
    }

    /** Hashes of the keys that resolve differently (or only) in one of the two indexes. */
    private static Set<Long> changedLookups(Map<String, String> before, Map<String, String> now) {
        Set<Long> changed = new HashSet<>();
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(now.keySet());
        for (String k : keys) {
            if (!Objects.equals(before.get(k), now.get(k))) {
                changed.add(DocumentSpans.lookupHash(k));
            }
        }
        return changed;
    }
}
