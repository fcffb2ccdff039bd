package org.gongwen.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    private final TaskMemo memo;

    /** A builder that finds every document's tasks afresh. */
    public RegisterBuilder() {
        this(TaskMemo.empty());
    }

    /** A builder that takes the tasks of documents already seen from {@code memo} (see {@link RegisterCache}). */
    RegisterBuilder(TaskMemo memo) {
        this.memo = memo;
    }

    /**
     * One document as the register sees it.
     *
     * @param key a key that changes whenever the record does (the build's cache key of the record), for the memo of
     *            tasks; null to have the register hash what it reads of the record ({@link RecordKey})
     */
    public record Input(DocRef doc, DocumentRecord record, String key) {
        public Input(DocRef doc, DocumentRecord record) {
            this(doc, record, null);
        }
    }

    /** The register of the given documents (deterministic: the same inputs in any order give the same register). */
    public Register build(List<Input> documents) {
        List<Input> ordered = new ArrayList<>(documents);
        ordered.sort(Comparator.comparing((Input i) -> i.doc().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.doc().id()));
        // documents are independent until linking: their tasks are found in parallel, kept in input order
        List<List<Commitment>> tasks = ordered.parallelStream()
                .map(i -> memo.tasks(i.record(), i.key(), extractor::tasks)).toList();
        Observations observations = new Observations(ordered);
        List<Register.Entry> entries = new ArrayList<>();
        for (int d = 0; d < ordered.size(); d++) {
            Input input = ordered.get(d);
            List<Commitment> all = new ArrayList<>(input.record().commitments());
            all.addAll(tasks.get(d));
            all.sort(Comparator.comparingInt(Commitment::start).thenComparing(Commitment::kind));
            int ordinal = 0;
            for (Commitment c : all) {
                ordinal++;
                entries.add(new Register.Entry(input.doc().id() + "#" + ordinal, c, input.doc(),
                        observations.progress(c)));
            }
        }
        return new Register(entries);
    }

    /**
     * Every observation of the archive, grouped by unit (a metric only matches within its unit), with the best score
     * each reaches against any target computed once, so linking stays near-linear in the archive's size.
     */
    private static final class Observations {
        private record Seen(Observation observation, DocRef doc, double best) {
        }

        private final Map<String, List<Seen>> byUnit = new HashMap<>();

        Observations(List<Input> documents) {
            List<Commitment> targets = new ArrayList<>();
            for (Input input : documents) {
                targets.addAll(input.record().commitments());
            }
            TargetIndex index = new TargetIndex(targets);
            for (Input input : documents) {
                for (Observation o : input.record().observations()) {
                    double best = index.best(o);
                    if (best >= MetricMatch.THRESHOLD) {
                        byUnit.computeIfAbsent(o.unit(), u -> new ArrayList<>()).add(new Seen(o, input.doc(), best));
                    }
                }
            }
        }

        List<Register.Progress> progress(Commitment target) {
            if (!"target".equals(target.kind()) || target.metric() == null || target.unit() == null) {
                return List.of();
            }
            List<Register.Progress> out = new ArrayList<>();
            for (Seen seen : byUnit.getOrDefault(target.unit(), List.of())) {
                if (MetricMatch.matches(target, seen.observation(), seen.best())) {
                    out.add(new Register.Progress(seen.observation(), seen.doc(),
                            ratio(seen.observation().value(), target.value())));
                }
            }
            out.sort(Comparator.comparing((Register.Progress p) -> p.observation().asOf(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(p -> p.doc().id()));
            return out;
        }
    }

    static BigDecimal ratio(BigDecimal observed, BigDecimal target) {
        if (observed == null || target == null || target.signum() == 0) {
            return null;
        }
        return observed.divide(target, 3, RoundingMode.HALF_UP);
    }
}
