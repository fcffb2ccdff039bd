package org.gongwen.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A result the document reports for a metric ("我省技能人才总量历史性地达到428万人"), which the register links to
 * targets on the same metric to show progress.
 *
 * @param metric what is measured
 * @param scope  the jurisdiction, null when unsaid
 * @param value  the reported value in base units
 * @param unit   the base unit
 * @param asOf   the date the value holds for (ISO year or date; the document's date when unsaid)
 * @param text   the sentence part that states it
 * @param start  start offset in the record's text
 * @param end    end offset in the record's text
 */
public record Observation(String metric, String scope, BigDecimal value, String unit, String asOf, String text,
                          int start, int end) {
    public Observation {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }
}
