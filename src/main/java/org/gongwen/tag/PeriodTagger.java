package org.gongwen.tag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;

/**
 * Periods and open deadlines: 2023—2025年 → 2023/2025; “十四五” → 2021/2025 and “十五五” → 2026/2030 (the n-th five-year
 * plan from the 4th on starts in 1971 + 5(n − 4)); 过渡期; 3天内 / 15个工作日内 (durations as deadlines, the figure inside
 * stays a figure); 每年 / 每季度 as recurrences.
 */
final class PeriodTagger {
    private static final Pattern FIVE_YEAR = Pattern.compile("([“\"‘]?)((?:十[一二三四五六七八九]|[四五六七八九])五)([”\"’]?)");
    private static final Pattern DURATION = Pattern.compile(
            "(\\d+|[一二两三四五六七八九十百]+)[ \\u3000]*(个工作日|工作日|个月|个小时|小时|天|日|年|周)[ \\u3000]*(内|以内|之内)");
    private static final Pattern RECURRENCE = Pattern.compile("每(年度|年|季度|半年|个月|月|周|天|日)");
    private static final Pattern TRANSITION = Pattern.compile("过渡期");

    void tagYearRanges(String t, Pattern yearRange, Claims claims, List<Entity> out) {
        Matcher m = yearRange.matcher(t);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a >= 1900 && b <= 2100 && a < b && claims.isFree(m.start(), m.end())
                    && (m.start() == 0 || !NumberReader.isArabic(t.charAt(m.start() - 1)))) {
                add(t, m.start(), m.end(), "period", a + "/" + b, List.of(), null, claims, out);
            }
        }
    }

    void tagNamedPeriods(String t, Claims claims, List<Entity> out) {
        Matcher m = FIVE_YEAR.matcher(t);
        while (m.find()) {
            String n = m.group(2);
            boolean quoted = !m.group(1).isEmpty() && !m.group(3).isEmpty();
            if ((n.length() == 2 && !quoted) || !claims.isFree(m.start(2), m.end(2))
                    || (m.start(2) > 0 && ChineseNumerals.isChineseNumeralChar(t.charAt(m.start(2) - 1)))) {
                continue;
            }
            int plan = ChineseNumerals.parse(n.substring(0, n.length() - 1)).intValue();
            int from = 1971 + 5 * (plan - 4);
            add(t, m.start(2), m.end(2), "period", from + "/" + (from + 4), List.of(), null, claims, out);
        }
        Matcher tr = TRANSITION.matcher(t);
        while (tr.find()) {
            if (claims.isFree(tr.start(), tr.end())) {
                add(t, tr.start(), tr.end(), "period", null, List.of("unresolved"), null, claims, out);
            }
        }
    }

    /** Durations are tagged without claiming, so that "3天内" also yields the figure 3 天. */
    void tagDurationsAndRecurrence(String t, Claims claims, List<Entity> out) {
        Matcher d = DURATION.matcher(t);
        while (d.find()) {
            if (claims.isFree(d.start(), d.end()) && (d.start() == 0 || t.charAt(d.start() - 1) != '第')) {
                java.math.BigDecimal n = NumberReader.isArabic(d.group(1).charAt(0))
                        ? new java.math.BigDecimal(d.group(1)) : ChineseNumerals.parse(d.group(1));
                if (n != null) {
                    out.add(new Entity("deadline", d.group(), d.start(), d.end(),
                            EntityValue.of(isoDuration(n, d.group(2))), null, null, "<=", List.of("duration"), null));
                }
            }
        }
        Matcher r = RECURRENCE.matcher(t);
        while (r.find()) {
            if (claims.isFree(r.start(), r.end())) {
                add(t, r.start(), r.end(), "deadline", null, List.of("recurrence"), recurrence(r.group(1)), claims,
                        out);
            }
        }
    }

    private static String isoDuration(java.math.BigDecimal n, String unit) {
        String v = n.toPlainString();
        return switch (unit) {
            case "个月" -> "P" + v + "M";
            case "年" -> "P" + v + "Y";
            case "周" -> "P" + v + "W";
            case "个小时", "小时" -> "PT" + v + "H";
            default -> "P" + v + "D";
        };
    }

    private static String recurrence(String unit) {
        return switch (unit) {
            case "年", "年度" -> "annual";
            case "半年" -> "semiannual";
            case "季度" -> "quarterly";
            case "个月", "月" -> "monthly";
            case "周" -> "weekly";
            default -> "daily";
        };
    }

    private static void add(String t, int start, int end, String type, String value, List<String> flags,
                            String recurrence, Claims claims, List<Entity> out) {
        out.add(new Entity(type, t.substring(start, end), start, end, value == null ? null : EntityValue.of(value),
                null, null, null, flags, recurrence));
        claims.claim(start, end);
    }
}
