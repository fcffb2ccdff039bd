package org.gongwen.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongwen.model.Commitment;
import org.gongwen.model.Observation;

/**
 * The archive's targets reduced to what {@link MetricMatch#score} reads (unit, normalised metric, canonical scope),
 * each distinct combination once, to find the best score an observation reaches against any target. Hundreds of
 * targets share few phrases and thousands of observations repeat theirs, so linking scores each pair of distinct
 * phrases at most once, and skips pairs whose bigram counts alone keep them below what is needed.
 */
final class TargetIndex {
    /** A target as the score sees it; {@code scope} is canonical, null when the target names none. */
    private record Phrase(String metric, String scope) {
    }

    private final Map<String, List<Phrase>> byUnit = new HashMap<>();
    private final Map<String, Double> best = new HashMap<>();

    TargetIndex(List<Commitment> targets) {
        Map<String, Set<Phrase>> distinct = new HashMap<>();
        for (Commitment c : targets) {
            if (c.metric() != null && c.unit() != null) {
                distinct.computeIfAbsent(c.unit(), u -> new LinkedHashSet<>()).add(new Phrase(
                        MetricMatch.normalised(c.metric()), MetricMatch.canonicalScope(c.scope())));
            }
        }
        distinct.forEach((unit, phrases) -> byUnit.put(unit, new ArrayList<>(phrases)));
    }

    /**
     * The observation's best score against all targets when it reaches {@link MetricMatch#THRESHOLD} (the same
     * value as the maximum of {@link MetricMatch#score} over every target), else some score below the threshold.
     */
    double best(Observation o) {
        String metric = MetricMatch.normalised(o.metric());
        String scope = MetricMatch.canonicalScope(o.scope());
        return best.computeIfAbsent(o.unit() + "\0" + metric + "\0" + scope, k -> compute(o.unit(), metric, scope));
    }

    private double compute(String unit, String metric, String scope) {
        double found = 0;
        for (Phrase target : byUnit.getOrDefault(unit, List.of())) {
            if (!MetricMatch.scopeCompatible(target.scope(), scope)) {
                continue;
            }
            if (!metric.isEmpty() && metric.equals(target.metric())) {
                return 1.0; // no score is higher
            }
            // a pair that cannot beat both the best so far and the threshold changes neither outcome
            if (MetricMatch.diceBound(target.metric(), metric) >= Math.max(found, MetricMatch.THRESHOLD)) {
                found = Math.max(found, MetricMatch.phraseScore(target.metric(), metric));
            }
        }
        return found;
    }
}
