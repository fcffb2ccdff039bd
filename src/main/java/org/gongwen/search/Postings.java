package org.gongwen.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The postings of one index kind, term → documents in index order → positions, encoded as {@link Varint} strings:
 * for each document the gap from the previous document index, the count, then the position gaps (omitted when the
 * kind keeps counts only).
 */
final class Postings {
    /** What is kept per document besides the count. */
    enum Mode { ALL_POSITIONS, FIRST_POSITION, COUNT_ONLY }

    private final Mode mode;
    private final Map<String, Term> terms = new TreeMap<>();

    Postings(Mode mode) {
        this.mode = mode;
    }

    /** Records one occurrence; documents must be added in increasing index order. */
    void add(String term, int doc, int position) {
        Term t = terms.computeIfAbsent(term, k -> new Term());
        if (t.docs.isEmpty() || t.docs.get(t.docs.size() - 1) != doc) {
            t.docs.add(doc);
            t.positions.add(new ArrayList<>());
        }
        t.positions.get(t.positions.size() - 1).add(position);
    }

    Map<String, String> encoded() {
        Map<String, String> out = new TreeMap<>();
        terms.forEach((term, t) -> out.put(term, encode(t)));
        return out;
    }

    private String encode(Term t) {
        StringBuilder sb = new StringBuilder();
        int previousDoc = 0;
        for (int i = 0; i < t.docs.size(); i++) {
            Varint.append(sb, t.docs.get(i) - previousDoc);
            previousDoc = t.docs.get(i);
            List<Integer> ps = t.positions.get(i);
            Varint.append(sb, ps.size());
            if (mode == Mode.FIRST_POSITION) {
                Varint.append(sb, ps.get(0));
            } else if (mode == Mode.ALL_POSITIONS) {
                int previous = 0;
                for (int p : ps) {
                    Varint.append(sb, p - previous);
                    previous = p;
                }
            }
        }
        return sb.toString();
    }

    private static final class Term {
        final List<Integer> docs = new ArrayList<>();
        final List<List<Integer>> positions = new ArrayList<>();
    }
}
