package org.gongwen.register;

import java.util.Set;
import java.util.regex.Pattern;
import org.gongwen.model.Entity;

/** The words that make a figure a pledge, a result or neither. */
final class TargetRules {
    /** Words of intent: a sentence with them sets goals rather than reports results. */
    static final Pattern INTENT = Pattern.compile("要|力争|确保|争取|提出|明确|目标|计划|预计|预期|力求|必须|应当|务必");
    /** Words that say the sentence is about the goals of the period (主要预期目标是：…). */
    static final Pattern GOAL = Pattern.compile("预期目标|主要目标|目标(是|为)[：:]");
    /** Words of a result inside the clause itself. */
    static final Pattern PAST = Pattern.compile("(?<!为)了|已|累计|历史性|以来|曾|过去|同比|比上年|较上年|相比|同期");
    /** Subjects that owe a task: an organ followed by 要/应/负责 (optionally after 等部门). */
    static final Pattern DUTY = Pattern.compile("^(等部门|等单位|和[^，。；]{1,12}等部门)?(要|应当|应|须|负责|牵头)");
    private static final Set<String> DURATIONS = Set.of("年", "天", "日", "月", "周", "小时", "工作日", "季度", "分钟",
            "秒", "岁");

    private TargetRules() {
    }

    /** Figures that may be targets: not durations, ratios, fractions or the upper part of a range. */
    static boolean mayBeTarget(Entity figure) {
        if (DURATIONS.contains(figure.unit()) || figure.flags().contains("ratio")
                || figure.flags().contains("fraction")) {
            return false;
        }
        return !(figure.flags().contains("range") && figure.valueMax() == null);
    }

    /** "从17.9%提升到35.5%": the figure after 从/由 is a baseline. */
    static boolean isBaseline(String before) {
        String b = before.strip();
        return b.endsWith("从") || b.endsWith("由");
    }

    /** >= for 以上/不少于…, "=" when none was printed, "~" for approximations. */
    static String comparator(Entity figure) {
        if (figure.comparator() != null) {
            return figure.comparator();
        }
        return figure.flags().contains("approx") ? "~" : "=";
    }
}
