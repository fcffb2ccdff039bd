package org.gongwen.register;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Bigrams of normalised phrases, for the same reason: each phrase is compared with every target of its unit. */
    private static final Map<String, int[]> BIGRAMS = new ConcurrentHashMap<>();

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
        return phraseScore(normalised(target.metric()), normalised(o.metric()));
    }

    /** The score of two normalised metric phrases (unit and scope already compatible). */
    static double phraseScore(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return a.equals(b) ? 1.0 : dice(a, b);
    }

    /**
     * The highest score {@link #phraseScore} can give two different phrases with these bigram counts: dice counts
     * common bigrams, at most as many as the smaller set has.
     */
    static double diceBound(String a, String b) {
        int x = bigramCount(a);
        int y = bigramCount(b);
        return x == 0 || y == 0 ? 0 : 2.0 * Math.min(x, y) / (x + y);
    }

    static String normalised(String metric) {
        return NORMALISED.computeIfAbsent(metric, MetricPhrase::normalise);
    }

    static boolean scopeCompatible(String a, String b) {
        return a == null || b == null || canonicalScope(a).equals(canonicalScope(b));
    }

    /** The scope with 我 and 本 read as 全 (我省, 本省 → 全省), null for none. */
    static String canonicalScope(String s) {
        return s == null ? null : s.replace("我", "全").replace("本", "全");
    }

    private static int bigramCount(String normalised) {
        return BIGRAMS.computeIfAbsent(normalised, MetricMatch::bigrams).length;
    }

    static double dice(String a, String b) {
        int[] x = BIGRAMS.computeIfAbsent(a, MetricMatch::bigrams);
        int[] y = BIGRAMS.computeIfAbsent(b, MetricMatch::bigrams);
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (x.length + y.length);
    }

    /** The distinct character bigrams of {@code s}, each packed in an int, sorted (so two sets meet in one merge). */
    private static int[] bigrams(String s) {
        int[] packed = new int[Math.max(0, s.length() - 1)];
        for (int i = 0; i + 1 < s.length(); i++) {
            packed[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
        }
        Arrays.sort(packed); // a plain loop, not a stream: this runs for thousands of phrases, often before JIT
        int distinct = 0;
        for (int i = 0; i < packed.length; i++) {
            if (i == 0 || packed[i] != packed[i - 1]) {
                packed[distinct++] = packed[i];
            }
        }
        return Arrays.copyOf(packed, distinct);
    }
}
