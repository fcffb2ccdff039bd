package org.gongwen.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What pages need to know about the whole archive: documents newest first, spans, and who cites whom. */
final class SiteContext {
    final List<SiteDocument> newestFirst;
    final Map<String, SiteDocument> byId = new HashMap<>();
    final Map<String, List<Span>> spans = new HashMap<>();
    final Map<String, List<String>> citedBy = new TreeMap<>();

    SiteContext(List<SiteDocument> documents) {
        newestFirst = new ArrayList<>(documents);
        newestFirst.sort(Comparator.comparing(SiteDocument::dateKey).reversed().thenComparing(SiteDocument::id));
        CitationIndex citations = new CitationIndex();
        for (SiteDocument d : newestFirst) {
            byId.put(d.id(), d);
            citations.add(d.id(), d.record().docNumber(), d.record().title());
        }
        SpanFinder finder = new SpanFinder(citations);
        for (SiteDocument d : newestFirst) {
            List<Span> found = finder.find(d.record(), d.id());
            spans.put(d.id(), found);
            for (String target : SpanFinder.targets(found)) {
                citedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(d.id());
            }
        }
    }
}
