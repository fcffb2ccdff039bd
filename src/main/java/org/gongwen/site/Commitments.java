package org.gongwen.site;

import org.gongwen.model.Commitment;

import java.math.BigDecimal;
import java.util.Map;

/** How commitments read on the site: 目标 or 任务, and the target as {@code ≥ 5000000 人}. */
final class Commitments {
    private static final Map<String, String> COMPARATORS = Map.of(">=", "≥", "<=", "≤", ">", ">", "<", "<",
            "=", "=", "~", "约");

    private Commitments() {
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "target" -> "目标";
            case "task" -> "任务";
            default -> kind;
        };
    }

    static String valueText(Commitment c) {
        if (c.value() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (c.comparator() != null) {
            sb.append(COMPARATORS.getOrDefault(c.comparator(), c.comparator())).append(' ');
        }
        sb.append(plain(c.value()));
        if (c.valueMax() != null) {
            sb.append('–').append(plain(c.valueMax()));
        }
        if (c.unit() != null && !c.unit().isEmpty()) {
            sb.append(' ').append(c.unit());
        }
        return sb.toString();
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
