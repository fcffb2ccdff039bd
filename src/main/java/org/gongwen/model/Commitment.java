package org.gongwen.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A pledge the document makes for the future: a quantified target ("到2025年，全省技能人才总量达到500万人以上") or an
 * unquantified task with a named owner ("国资委要推动…").
 *
 * @param kind       {@code target} (quantified) or {@code task}
 * @param text       the sentence part that states it
 * @param metric     what is measured (技能人才总量)
 * @param scope      the jurisdiction (全省), null when unsaid
 * @param comparator {@code >=}, {@code <=}, {@code >}, {@code <}, {@code =}, {@code ~}; null for tasks
 * @param value      the target value in base units (the lower bound of a range), null for tasks
 * @param valueMax   the upper bound of a range, null otherwise
 * @param unit       the base unit, null for tasks
 * @param deadline   the target year ("2025") or date ("2025-12-31"), null when none
 * @param recurrence {@code annual} for 每年 targets, null otherwise
 * @param owner      the responsible organ when the text names one, null otherwise
 * @param section    the id of the section that holds it ({@link Section#id()})
 * @param start      start offset in the record's text
 * @param end        end offset in the record's text
 */
public record Commitment(String kind, String text, String metric, String scope, String comparator,
                         BigDecimal value, BigDecimal valueMax, String unit, String deadline, String recurrence,
                         String owner, String section, int start, int end) {
    public Commitment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
