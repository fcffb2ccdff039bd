package org.gongwen.search;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The postings of one index kind, term → documents in index order → positions, encoded as {@link Varint} strings as
 * documents are added: for each document the gap from the previous document index, the count, then the position
 * gaps, the first position only, or nothing, as the {@link Mode} says.
 */
final class Postings {
    /** What is kept per document besides the count. */
    enum Mode { ALL_POSITIONS, FIRST_POSITION, COUNT_ONLY }

    private final Mode mode;
    private final Map<Object, Term> terms = new HashMap<>();

    Postings(Mode mode) {
        this.mode = mode;
    }

    /** Adds one document's occurrences of one term (positions ascending); documents in increasing index order. */
    void add(DocumentTerms.Group group, int doc) {
        int[] positions = group.positions();
        int count = group.count();
        Term t = terms.computeIfAbsent(group.key(), k -> new Term(group.term()));
        Varint.append(t.encoded, doc - t.lastDoc);
        t.lastDoc = doc;
        Varint.append(t.encoded, count);
        if (mode == Mode.FIRST_POSITION) {
            Varint.append(t.encoded, positions[0]);
        } else if (mode == Mode.ALL_POSITIONS) {
            int previous = 0;
            for (int i = 0; i < count; i++) {
                Varint.append(t.encoded, positions[i] - previous);
                previous = positions[i];
            }
        }
    }

    /** Term → encoded postings, sorted by term. */
    Map<String, String> encoded() {
        Map<String, String> out = new TreeMap<>();
        terms.values().forEach(t -> out.put(t.term, t.encoded.toString()));
        return out;
    }

    private static final class Term {
        final String term;
        final StringBuilder encoded = new StringBuilder();
        int lastDoc;

        Term(String term) {
            this.term = term;
        }
    }
}
