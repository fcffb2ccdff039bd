package org.gongwen.tag;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;

/**
 * Organs and places from the {@link Gazetteer}: 国资委, 省总工会, 云南省发展改革委 (org), 云南省, 昆明市 (place). An organ name
 * joins the place or level word right before it (省 + 总工会 → 省总工会); leftmost-longest matches win, and nothing
 * already claimed (a 《title》, a document number) is tagged again.
 */
final class NameTagger {
    private static final String[] LEVELS = {"自治区", "自治州", "全国", "中央", "省", "市", "县", "区", "州", "旗"};

    void tag(String t, Claims claims, List<Entity> out) {
        List<AhoCorasickDoubleArrayTrie<Gazetteer.Name>.Hit<Gazetteer.Name>> hits = Gazetteer.get().find(t);
        int[] placeStartByEnd = placeStarts(t, hits);
        List<Entity> found = new ArrayList<>();
        for (var hit : hits) {
            Gazetteer.Name name = hit.value;
            int start = hit.begin;
            if (name.kind() == Gazetteer.Kind.STEM) {
                start = prefixStart(t, hit.begin, placeStartByEnd);
                if (start == hit.begin && Gazetteer.needsPrefix(t.substring(hit.begin, hit.end))) {
                    continue;
                }
            }
            String type = name.kind() == Gazetteer.Kind.PLACE ? "place" : "org";
            String value = name.kind() == Gazetteer.Kind.STEM ? t.substring(start, hit.end) : name.canonical();
            found.add(new Entity(type, t.substring(start, hit.end), start, hit.end, EntityValue.of(value), null, null,
                    null, List.of(), null));
        }
        found.sort(Comparator.comparingInt(Entity::start).thenComparingInt(e -> -(e.end() - e.start())));
        int reached = 0;
        for (Entity e : found) {
            if (e.start() >= reached && claims.isFree(e.start(), e.end())) {
                out.add(e);
                claims.claim(e.start(), e.end());
                reached = e.end();
            }
        }
    }

    /** For each end offset, the start of the longest place ending there (or -1). */
    private static int[] placeStarts(String t, List<AhoCorasickDoubleArrayTrie<Gazetteer.Name>.Hit<Gazetteer.Name>> hits) {
        int[] starts = new int[t.length() + 1];
        java.util.Arrays.fill(starts, -1);
        for (var hit : hits) {
            if (hit.value.kind() == Gazetteer.Kind.PLACE && (starts[hit.end] < 0 || hit.begin < starts[hit.end])) {
                starts[hit.end] = hit.begin;
            }
        }
        return starts;
    }

    private static int prefixStart(String t, int stemStart, int[] placeStartByEnd) {
        if (placeStartByEnd[stemStart] >= 0) {
            return placeStartByEnd[stemStart];
        }
        for (String level : LEVELS) {
            if (Units.startsWith(t, stemStart - level.length(), level)) {
                int s = stemStart - level.length();
                return s > 0 && placeStartByEnd[s] >= 0 ? placeStartByEnd[s] : s;
            }
        }
        return stemStart;
    }
}
