package org.gongwen.register;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.Commitment;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.Observation;

/**
 * Finds the commitments and observations of one tagged record.
 *
 * <p>A figure is a target when its sentence looks forward from the document's 成文日期: it names a deadline at or after
 * that year ("到2025年，全省技能人才总量达到500万人以上"), or follows one in the same paragraph and states intent
 * (提出/明确/要/力争 …, "提出产业工人党员新增不低于2万名"), or sets a per-period goal with intent ("每年省级劳动竞赛不少于
 * 10项"), or lists the year's goals ("主要预期目标是：…增长5%左右"). A clause that reports (了, 已, 累计, 以来 …) or a
 * baseline ("从17.9%提升到…") is no target, and "到2025年…" in a 2026 report is a result. Results that name a metric
 * ("我省技能人才总量历史性地达到428万人") become observations; {@link RegisterBuilder} links them to targets.
 */
public final class CommitmentExtractor {

    /** The record with its targets (kind {@code target}) and observations. */
    public DocumentRecord extract(DocumentRecord record) {
        List<Commitment> targets = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        for (SentenceFacts facts : sentences(record)) {
            for (Entity figure : facts.figures()) {
                Commitment target = facts.target(figure);
                if (target != null) {
                    targets.add(target);
                } else {
                    Observation o = facts.observation(figure);
                    if (o != null) {
                        observations.add(o);
                    }
                }
            }
        }
        return record.withCommitments(targets, observations);
    }

    /**
     * The unquantified duties the record assigns to a named organ ("国资委要推动…", "工商联等部门要加强…"), kind
     * {@code task}. They are kept out of the record's {@code commitments} (which hold the quantified targets the
     * evaluation counts) and go into the register.
     */
    public List<Commitment> tasks(DocumentRecord record) {
        List<Commitment> tasks = new ArrayList<>();
        for (SentenceFacts facts : sentences(record)) {
            Commitment task = facts.task();
            if (task != null) {
                tasks.add(task);
            }
        }
        return tasks;
    }

    /** The facts of every sentence in text order, each knowing the deadline its paragraph names before it. */
    private static List<SentenceFacts> sentences(DocumentRecord record) {
        DocumentView doc = new DocumentView(record);
        List<SentenceFacts> all = new ArrayList<>();
        for (Sentences.Span paragraph : Sentences.paragraphs(doc.text)) {
            String context = null;
            for (Sentences.Span sentence : Sentences.sentences(doc.text, paragraph)) {
                SentenceFacts facts = SentenceFacts.of(doc, sentence, context);
                context = facts.contextAfter();
                all.add(facts);
            }
        }
        return all;
    }
}
