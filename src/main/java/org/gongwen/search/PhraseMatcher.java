package org.gongwen.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Proves a phrase occurs: the phrase starts at p in a document when, for every covering bigram at offset o, the
 * document has that bigram at p + o. Exact, so no result lacks the phrase and none that has it is missed.
 */
final class PhraseMatcher {
    private PhraseMatcher() {
    }

    static Map<Integer, List<Integer>> match(List<Integer> offsets, List<Map<Integer, List<Integer>>> lists) {
        Map<Integer, List<Integer>> out = new TreeMap<>();
        for (Map.Entry<Integer, List<Integer>> first : lists.get(0).entrySet()) {
            int doc = first.getKey();
            int[][] others = new int[lists.size()][];
            boolean everywhere = true;
            for (int i = 1; i < lists.size() && everywhere; i++) {
                List<Integer> ps = lists.get(i).get(doc);
                everywhere = ps != null;
                others[i] = ps == null ? null : ps.stream().mapToInt(Integer::intValue).toArray();
            }
            if (!everywhere) {
                continue;
            }
            List<Integer> starts = new ArrayList<>();
            for (int p : first.getValue()) {
                if (startsAt(p, offsets, others)) {
                    starts.add(p);
                }
            }
            if (!starts.isEmpty()) {
                out.put(doc, starts);
            }
        }
        return out;
    }

    private static boolean startsAt(int p, List<Integer> offsets, int[][] others) {
        for (int i = 1; i < others.length; i++) {
            if (Arrays.binarySearch(others[i], p + offsets.get(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
