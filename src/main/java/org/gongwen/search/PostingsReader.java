package org.gongwen.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes the postings strings of the shard files ({@link MergedPostings}) back into document → positions maps. */
final class PostingsReader {
    private PostingsReader() {
    }

    static Map<Integer, List<Integer>> allPositions(String encoded) {
        List<Integer> values = Varint.decode(encoded);
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        int doc = 0;
        int i = 0;
        while (i < values.size()) {
            doc += values.get(i++);
            int count = values.get(i++);
            List<Integer> positions = new ArrayList<>(count);
            int position = 0;
            for (int k = 0; k < count; k++) {
                position += values.get(i++);
                positions.add(position);
            }
            out.put(doc, positions);
        }
        return out;
    }

    /** Single characters: document → its first position. */
    static Map<Integer, List<Integer>> firstPositions(String encoded) {
        List<Integer> values = Varint.decode(encoded);
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        int doc = 0;
        for (int i = 0; i < values.size(); i += 3) {
            doc += values.get(i);
            out.put(doc, List.of(values.get(i + 2)));
        }
        return out;
    }

    /** Words: document → term frequency. */
    static Map<Integer, Integer> counts(String encoded) {
        List<Integer> values = Varint.decode(encoded);
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int doc = 0;
        for (int i = 0; i < values.size(); i += 2) {
            doc += values.get(i);
            out.put(doc, values.get(i + 1));
        }
        return out;
    }
}
