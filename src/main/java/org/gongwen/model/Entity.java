package org.gongwen.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A tagged mention in the record's text (standoff: it points at the text by offsets rather than living in the
 * section tree).
 *
 * @param type       figure, date, period, deadline, docnumber, citation, org, person, place
 * @param text       the exact surface, {@code text.equals(recordText.substring(start, end))}
 * @param start      start offset in the record's text
 * @param end        end offset (exclusive)
 * @param value      the resolved value, null when it cannot be resolved
 * @param valueMax   upper bound of a range figure, null otherwise
 * @param unit       the base unit of a figure (元, 人, %, 百分点 …; "" when a bare noun follows), null for others
 * @param comparator for bounded figures: {@code >=}, {@code <=}, {@code >}, {@code <}, {@code ~}; null when exact
 * @param flags      qualifiers as printed: approx (约/近/左右/余/多), range, ratio, relative, recurrence …
 * @param recurrence {@code annual} for 每年 and the like, null otherwise
 */
public record Entity(String type, String text, int start, int end, EntityValue value, BigDecimal valueMax,
                     String unit, String comparator, List<String> flags, String recurrence) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        flags = flags == null ? List.of() : List.copyOf(flags);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
