package org.gongwen.register;

import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.gongwen.model.Commitment;
import org.gongwen.model.Observation;

/**
 * Whether an observation measures a target's metric: same unit, compatible scope, and metric phrases that are equal
 * after {@link MetricPhrase#normalise} or at least 0.9 similar (Dice over character bigrams). 技能人才总量 and
 * 高技能人才总量 are 0.857 similar and do not match.
 */
final class MetricMatch {
    static final double THRESHOLD = 0.9;
    /** Normalised metric phrases: scoring every observation against every target would redo the regexes each time. */
    private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();

    private MetricMatch() {
    }

    /** Matches when the score reaches the threshold and is the observation's best score over all targets. */
    static boolean matches(Commitment target, Observation o, double best) {
        double s = score(target, o);
        return s >= THRESHOLD && s >= best;
    }

    static double score(Commitment target, Observation o) {
        if (target.metric() == null || target.unit() == null || !target.unit().equals(o.unit())
                || !scopeCompatible(target.scope(), o.scope())) {
            return 0;
        }
        String a = NORMALISED.computeIfAbsent(target.metric(), MetricPhrase::normalise);
        String b = NORMALISED.computeIfAbsent(o.metric(), MetricPhrase::normalise);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return a.equals(b) ? 1.0 : dice(a, b);
    }

    private static boolean scopeCompatible(String a, String b) {
        return a == null || b == null || canonicalScope(a).equals(canonicalScope(b));
    }

    private static String canonicalScope(String s) {
        return s.replace("我", "全").replace("本", "全");
    }

    static double dice(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
