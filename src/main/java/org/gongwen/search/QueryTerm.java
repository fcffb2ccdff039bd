package org.gongwen.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The normalised terms of a query: split on whitespace first, then normalised; empty and repeated terms dropped. */
final class QueryTerm {
    private QueryTerm() {
    }

    static List<String> parse(String query) {
        Set<String> terms = new LinkedHashSet<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= query.length(); i++) {
            if (i == query.length() || SearchText.isDropped(query.charAt(i))) {
                String term = SearchText.normalize(current.toString());
                if (!term.isEmpty()) {
                    terms.add(term);
                }
                current.setLength(0);
            } else {
                current.append(query.charAt(i));
            }
        }
        return new ArrayList<>(terms);
    }

    /** The offsets of the bigrams that cover every character of a term of length >= 2: 0, 2, 4 … and length - 2. */
    static List<Integer> coveringOffsets(int length) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i + 1 < length; i += 2) {
            offsets.add(i);
        }
        if (offsets.get(offsets.size() - 1) != length - 2) {
            offsets.add(length - 2);
        }
        return offsets;
    }
}
