package org.gongwen.register;

import java.util.regex.Pattern;

/**
 * Reduces the clause around a figure to the metric it measures and the scope it holds for: "到2025年，全省技能人才总量达到
 * 500万人以上" → metric 技能人才总量, scope 全省; "选树100名“云岭工匠”等指标" → 选树“云岭工匠”.
 */
final class MetricPhrase {
    private static final Pattern SCOPE = Pattern.compile(
            "^(全省|全市|全区|全县|全州|全国|全盟|全旗|我省|我市|我区|我县|我州|本省|本市|本区|各地|各省)");
    private static final Pattern LEAD = Pattern.compile("^(其中|并且|并|同时|以及|和|及|要|将|力争|确保|争取|提出|明确|"
            + "实现|完成|组织|开展|推动|累计|共|新培育|每年|每季度|每月|今年|明年|全年|目标是|目标为|主要预期目标是|历史性地|"
            + "在[^，。；]{1,10}中|在[^，。；]{1,10}方面)+");
    private static final Pattern TRAIL = Pattern.compile("(达到|达|不低于|不少于|不超过|超过|不高于|低于|高于|至少|突破|"
            + "控制在|保持在|稳定在|提高到|提升到|增加到|增长到|下降到|降低到|为|在|约|近|逾|历史性地|已|均|分别)+$");
    /** "从26.7%提升到": the baseline and the verb of change before the figure. */
    private static final Pattern CHANGE = Pattern.compile(
            "(从|由)[^，。；]*(提升|提高|增加|增长|下降|降低|缩小|扩大|调整|减少)(到|至|为)$");
    /** Compiled once: {@link #normalise} runs for every distinct metric phrase of the archive at each build. */
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’《》\\s]");
    private static final Pattern TOTAL = Pattern.compile("(总量|总数|数量|总规模|规模|人数)$");
    private static final Pattern AFTER_TRAIL = Pattern.compile("(等指标|等|的|以上|左右|以内|以下)+$");

    private MetricPhrase() {
    }

    /** The scope word at the start of the text before the figure, or null. */
    static String scope(String before) {
        var m = SCOPE.matcher(strip(LEAD, before));
        return m.find() ? m.group(1) : null;
    }

    /** The metric from the clause text before and after the figure (deadlines and dates already removed). */
    static String metric(String before, String after) {
        String b = before.replaceAll("[\\s\u3000]+", "");
        for (int i = 0; i < 3; i++) {
            b = strip(SCOPE, strip(LEAD, b));
        }
        b = CHANGE.matcher(b).replaceAll("");
        b = TRAIL.matcher(b).replaceAll("");
        String a = AFTER_TRAIL.matcher(after.replaceAll("[\\s\u3000]+", "")).replaceAll("");
        if (a.startsWith("的")) {
            a = a.substring(1);
        }
        String metric = b + a; // both already without spaces: the patterns only cut text out
        return metric.isEmpty() ? null : metric;
    }

    /** True for a phrase that names a measured quantity rather than a comparison ("比全国少了") or a fragment. */
    static boolean isMetric(String metric) {
        return metric != null && metric.length() >= 3 && metric.length() <= 20
                && !metric.matches(".*(比(?![重例])|有的|^其中).*") && !metric.matches(".*[的了低少高多在占为]$");
    }

    /** A comparable form: scope words, quotes and trailing 总量/总数/规模 removed. */
    static String normalise(String metric) {
        if (metric == null) {
            return "";
        }
        String m = strip(SCOPE, QUOTES.matcher(metric).replaceAll(""));
        return TOTAL.matcher(m).replaceAll("");
    }

    private static String strip(Pattern p, String s) {
        return p.matcher(s).replaceFirst("");
    }
}
