package org.gongwen.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.model.Commitment;
import org.gongwen.model.DocRef;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Observation;
import org.gongwen.model.Register;

/**
 * Builds the commitments register over all records: every target and task of every document, in a stable order (by
 * document date, document id, then position), each target linked to the observations of the same metric, unit and
 * scope in any document ("技能人才总量 428万人" of 2022-11-21 against "500万人以上 by 2025": ratio 0.856).
 */
public final class RegisterBuilder {
    private final CommitmentExtractor extractor = new CommitmentExtractor();

    /** One document as the register sees it. */
    public record Input(DocRef doc, DocumentRecord record) {
    }

    /** The register of the given documents (deterministic: the same inputs in any order give the same register). */
    public Register build(List<Input> documents) {
        List<Input> ordered = new ArrayList<>(documents);
        ordered.sort(Comparator.comparing((Input i) -> i.doc().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.doc().id()));
        Map<Observation, Double> best = bestScores(ordered);
        List<Register.Entry> entries = new ArrayList<>();
        for (Input input : ordered) {
            List<Commitment> all = new ArrayList<>(input.record().commitments());
            all.addAll(extractor.tasks(input.record()));
            all.sort(Comparator.comparingInt(Commitment::start).thenComparing(Commitment::kind));
            int ordinal = 0;
            for (Commitment c : all) {
                ordinal++;
                entries.add(new Register.Entry(input.doc().id() + "#" + ordinal, c, input.doc(),
                        progress(c, ordered, best)));
            }
        }
        return new Register(entries);
    }

    private static List<Register.Progress> progress(Commitment target, List<Input> documents,
                                                    Map<Observation, Double> best) {
        if (!"target".equals(target.kind()) || target.metric() == null) {
            return List.of();
        }
        List<Register.Progress> out = new ArrayList<>();
        for (Input input : documents) {
            for (Observation o : input.record().observations()) {
                if (MetricMatch.matches(target, o, best.get(o))) {
                    out.add(new Register.Progress(o, input.doc(), ratio(o.value(), target.value())));
                }
            }
        }
        out.sort(Comparator.comparing((Register.Progress p) -> p.observation().asOf(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(p -> p.doc().id()));
        return out;
    }

    /**
     * Each observation's best score against any target, computed once (per target and observation it made the
     * register cubic in the archive's size: minutes for 600 documents).
     */
    private static Map<Observation, Double> bestScores(List<Input> documents) {
        Map<Observation, Double> best = new IdentityHashMap<>();
        for (Input input : documents) {
            for (Observation o : input.record().observations()) {
                best.put(o, bestScore(o, documents));
            }
        }
        return best;
    }

    /** The best score this observation reaches against any target, so it links only to its closest targets. */
    private static double bestScore(Observation o, List<Input> documents) {
        double best = 0;
        for (Input input : documents) {
            for (Commitment c : input.record().commitments()) {
                best = Math.max(best, MetricMatch.score(c, o));
            }
        }
        return best;
    }

    static BigDecimal ratio(BigDecimal observed, BigDecimal target) {
        if (observed == null || target == null || target.signum() == 0) {
            return null;
        }
        return observed.divide(target, 3, RoundingMode.HALF_UP);
    }
}
