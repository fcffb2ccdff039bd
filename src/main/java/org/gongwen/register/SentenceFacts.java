package org.gongwen.register;

import java.util.List;
import org.gongwen.model.Commitment;
import org.gongwen.model.Entity;
import org.gongwen.model.Observation;

/** What one sentence says about time and intent, and the targets, observations and tasks it yields. */
final class SentenceFacts {
    private final DocumentView doc;
    private final Sentences.Span sentence;
    private final String text;
    private final String deadline;        // a forward deadline named in this sentence
    private final String inherited;       // one named earlier in the paragraph
    private final boolean retrospective;  // names a deadline or period already past
    private final boolean intent;
    private final boolean goals;
    private final List<Entity> recurrences;

    private SentenceFacts(DocumentView doc, Sentences.Span sentence, String inherited) {
        this.doc = doc;
        this.sentence = sentence;
        this.text = doc.text.substring(sentence.start(), sentence.end());
        this.inherited = inherited;
        this.intent = TargetRules.INTENT.matcher(text).find();
        this.goals = TargetRules.GOAL.matcher(text).find();
        List<Entity> deadlines = doc.within("deadline", sentence.start(), sentence.end());
        this.recurrences = deadlines.stream().filter(e -> e.recurrence() != null).toList();
        String found = null;
        boolean past = false;
        for (Entity e : deadlines) {
            Integer year = DocumentView.yearOf(e);
            if (year == null || e.recurrence() != null) {
                continue;
            }
            if (doc.refYear == null || year >= doc.refYear) {
                found = found == null ? deadlineValue(e, year) : found;
            } else {
                past = true;
            }
        }
        this.deadline = found;
        this.retrospective = past && found == null;
    }

    static SentenceFacts of(DocumentView doc, Sentences.Span sentence, String inherited) {
        return new SentenceFacts(doc, sentence, inherited);
    }

    /** The forward deadline later sentences of the paragraph inherit. */
    String contextAfter() {
        if (retrospective) {
            return null;
        }
        return deadline != null ? deadline : inherited;
    }

    /** "到2025年" → "2025"; "2025年6月底前" → "2025-06-30". */
    private static String deadlineValue(Entity e, int year) {
        String v = DocumentView.textValue(e);
        return v != null && v.length() == 10 && !v.endsWith("-12-31") ? v : String.valueOf(year);
    }

    Commitment target(Entity figure) {
        if (retrospective || !TargetRules.mayBeTarget(figure)) {
            return null;
        }
        Sentences.Span clause = Sentences.clause(doc.text, sentence, figure.start());
        String clauseText = doc.text.substring(clause.start(), clause.end());
        String before = doc.text.substring(clause.start(), figure.start());
        if (TargetRules.PAST.matcher(clauseText).find() || TargetRules.isBaseline(before)) {
            return null;
        }
        boolean annual = recurrences.stream().anyMatch(r -> r.start() < figure.start());
        boolean forward = deadline != null
                || (inherited != null && (intent || figure.comparator() != null))
                || (annual && intent)
                || goals;
        if (!forward) {
            return null;
        }
        String due = deadline != null ? deadline : inherited;
        if (due == null && goals && doc.refYear != null) { // 主要预期目标 of a report: the document's year
            due = String.valueOf(doc.refYear);
        }
        return build(figure, clause, annual, due);
    }

    private Commitment build(Entity figure, Sentences.Span clause, boolean annual, String due) {
        String before = stripEntities(clause.start(), figure.start());
        String after = stripEntities(figure.end(), clause.end());
        int textStart = withLeadingDeadline(clause);
        return new Commitment("target", doc.text.substring(textStart, clause.end()),
                MetricPhrase.metric(before, after), MetricPhrase.scope(before), TargetRules.comparator(figure),
                DocumentView.numberValue(figure), figure.valueMax(), figure.unit(), due, annual ? "annual" : null,
                owner(figure.start()), doc.sectionAt(figure.start()), textStart, clause.end());
    }

    /** "到2025年，全省…": a clause that is only a deadline belongs to the target clause right after it. */
    private int withLeadingDeadline(Sentences.Span clause) {
        int comma = clause.start() - 1;
        while (comma > sentence.start() && Character.isWhitespace(doc.text.charAt(comma))) {
            comma--;
        }
        if (comma <= sentence.start() || "，,".indexOf(doc.text.charAt(comma)) < 0) {
            return clause.start();
        }
        Sentences.Span previous = Sentences.clause(doc.text, sentence, comma - 1);
        for (Entity e : doc.within("deadline", previous.start(), previous.end())) {
            if (e.start() == previous.start() && e.end() == previous.end()) {
                return previous.start();
            }
        }
        return clause.start();
    }

    Observation observation(Entity figure) {
        if (!TargetRules.mayBeTarget(figure) || figure.unit() == null || figure.unit().isEmpty()) {
            return null;
        }
        Sentences.Span clause = Sentences.clause(doc.text, sentence, figure.start());
        String before = stripEntities(clause.start(), figure.start());
        String metric = MetricPhrase.metric(before, "");
        if (!MetricPhrase.isMetric(metric) || TargetRules.isBaseline(before)) {
            return null;
        }
        String asOf = doc.within("date", sentence.start(), figure.start()).stream().map(DocumentView::textValue)
                .filter(v -> v != null).findFirst().orElse(doc.refDate);
        return new Observation(metric, MetricPhrase.scope(before), DocumentView.numberValue(figure), figure.unit(),
                asOf, doc.text.substring(clause.start(), clause.end()), clause.start(), clause.end());
    }

    /** The figures of the sentence, in text order. */
    List<Entity> figures() {
        return doc.within("figure", sentence.start(), sentence.end());
    }

    Commitment task() {
        for (Entity org : doc.within("org", sentence.start(), sentence.end())) {
            if (owesDuty(org)) {
                String t = doc.text.substring(org.start(), sentence.end());
                return new Commitment("task", t, null, null, null, null, null, null, deadline, null, org.text(),
                        doc.sectionAt(org.start()), org.start(), sentence.end());
            }
        }
        return null;
    }

    /** An organ that opens its clause and is given a duty (要/应/负责 …) in the rest of the sentence. */
    private boolean owesDuty(Entity org) {
        return isSubject(org) && TargetRules.DUTY.matcher(doc.text.substring(org.end(), sentence.end())).find();
    }

    /** An organ that opens its clause ("。国资委要…", "，工商联等部门要…"). */
    private boolean isSubject(Entity org) {
        int k = org.start();
        while (k > sentence.start() && Character.isWhitespace(doc.text.charAt(k - 1))) {
            k--;
        }
        return k == sentence.start() || "，,；;：:".indexOf(doc.text.charAt(k - 1)) >= 0;
    }

    private String owner(int figureStart) {
        String owner = null;
        for (Entity org : doc.within("org", sentence.start(), figureStart)) {
            if (owesDuty(org)) {
                owner = org.text();
            }
        }
        return owner;
    }

    /** The text of [start, end) without the dates, deadlines and periods in it. */
    private String stripEntities(int start, int end) {
        StringBuilder sb = new StringBuilder(doc.text.substring(start, end));
        List<Entity> inside = new java.util.ArrayList<>();
        for (String type : List.of("date", "deadline", "period")) {
            inside.addAll(doc.within(type, start, end));
        }
        inside.sort(java.util.Comparator.comparingInt(Entity::start).reversed());
        int limit = end;
        for (Entity e : inside) {
            if (e.end() <= limit) {
                sb.replace(e.start() - start, e.end() - start, "");
                limit = e.start();
            }
        }
        return sb.toString();
    }
}
