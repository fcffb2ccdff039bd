package org.gongwen.tag;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;

/**
 * Dates, periods and deadlines: 2022年11月21日 → 2022-11-21, 二〇二二年十一月 → 2022-11, 今年4月27日 → 2022-04-27 (against the
 * document's 成文日期), 2023—2025年 → period 2023/2025, 到2025年 → deadline 2025, 2019年底前 → deadline 2019-12-31.
 * Relative forms stay unresolved (value null, flag unresolved) when there is no reference date: never the clock.
 */
final class DateTagger {
    private static final String S = "[ \\u3000]*";
    private static final String Y = "(\\d{4}|[〇零○Ｏ一二三四五六七八九]{4})";
    private static final String MD = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String PART = "(上半年|下半年|前三季度|第?[一二三四1-4]季度|年底|年末|年初|底|末|初)?";
    private static final String DUE = "(前|以前|之前)?";

    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(\\d{4})" + S + "年?" + S + "(?:——|[—–\\-－~～至到])" + S + "(\\d{4})" + S + "年度?");
    private static final Pattern ABSOLUTE = Pattern.compile(Y + S + "年度?" + S
            + "(?:" + MD + S + "月" + S + "(?:" + MD + S + "[日号])?)?" + PART + DUE);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{4})([.\\-/])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])");
    private static final Pattern MONTH_DAY = Pattern.compile(MD + S + "月"
            + S + "(?:" + MD + S + "[日号])?(底|末|初|上旬|中旬|下旬)?" + DUE);
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "(今年|去年|明年|前年|本年度|本年|上年度|上年|上一年)" + PART + "(以来)?" + DUE);
    private static final Pattern YEAR_PART = Pattern.compile(
            "(上半年|下半年|前三季度|第[一二三四]季度|[一二三四]季度|年初|年底|年末|年内)" + DUE);

    private final PeriodTagger periods = new PeriodTagger();

    /** The year of an ISO reference date; null (relative forms stay unresolved) when absent or not a date. */
    static Integer referenceYear(String referenceDate) {
        if (referenceDate == null || !referenceDate.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return null;
        }
        return Integer.valueOf(referenceDate.substring(0, 4));
    }

    void tag(String text, String referenceDate, Claims claims, List<Entity> out) {
        Integer ref = referenceYear(referenceDate);
        periods.tagYearRanges(text, YEAR_RANGE, claims, out);
        periods.tagNamedPeriods(text, claims, out);
        absolute(text, claims, out);
        numeric(text, claims, out);
        monthDay(text, ref, claims, out);
        relativeYear(text, ref, claims, out);
        yearPart(text, ref, claims, out);
        periods.tagDurationsAndRecurrence(text, claims, out);
    }

    /** Words before a date that make it a deadline (到, 至) or an as-of date (截至); checked by looking back, since an
     * optional group in front of the pattern would make the regex try every position of the text. */
    private static final String[] DATE_LEADS = {"截止到", "截至", "截止", "到", "至"};
    private static final String[] YEAR_WORDS = {"今年", "去年", "明年", "前年", "本年", "上年"};

    private void absolute(String t, Claims claims, List<Entity> out) {
        Matcher m = ABSOLUTE.matcher(t);
        while (m.find()) {
            int year = yearOf(m.group(1));
            if (year < 1900 || year > 2100 || !claims.isFree(m.start(), m.end()) || digitBefore(t, m.start(1))) {
                continue;
            }
            DateParts p = new DateParts(year, num(m.group(2)), num(m.group(3)), m.group(4));
            if (!p.valid()) {
                continue;
            }
            String lead = wordBefore(t, m.start(), DATE_LEADS);
            int start = lead == null ? m.start() : lastIndexBefore(t, m.start(), lead);
            boolean due = m.group(5) != null || "到".equals(lead) || "至".equals(lead);
            if (claims.isFree(start, m.end())) {
                add(t, start, m.end(), due ? "deadline" : "date", due ? p.deadline() : p.date(), claims, out);
            }
        }
    }

    /** The word of {@code words} that ends right before {@code pos} (spaces allowed between), or null. */
    private static String wordBefore(String t, int pos, String[] words) {
        int k = pos;
        while (k > 0 && NumberReader.isSpace(t.charAt(k - 1))) {
            k--;
        }
        for (String w : words) {
            if (Units.startsWith(t, k - w.length(), w)) {
                return w;
            }
        }
        return null;
    }

    private static int lastIndexBefore(String t, int pos, String word) {
        int k = pos;
        while (k > 0 && NumberReader.isSpace(t.charAt(k - 1))) {
            k--;
        }
        return k - word.length();
    }

    private void numeric(String t, Claims claims, List<Entity> out) {
        Matcher m = NUMERIC.matcher(t);
        while (m.find()) {
            DateParts p = new DateParts(Integer.parseInt(m.group(1)), num(m.group(3)), num(m.group(4)), null);
            if (p.year >= 1900 && p.year <= 2100 && p.valid() && claims.isFree(m.start(), m.end())) {
                add(t, m, "date", p.date(), claims, out);
            }
        }
    }

    private void monthDay(String t, Integer ref, Claims claims, List<Entity> out) {
        Matcher m = MONTH_DAY.matcher(t);
        while (m.find()) {
            String yearWord = wordBefore(t, m.start(), YEAR_WORDS);
            int start = yearWord == null ? m.start() : lastIndexBefore(t, m.start(), yearWord);
            if (!claims.isFree(start, m.end()) || start > 0 && "个第".indexOf(t.charAt(start - 1)) >= 0
                    || digitBefore(t, m.start(1))) {
                continue;
            }
            Integer year = ref == null ? null : ref + offset(yearWord);
            DateParts p = new DateParts(year == null ? 2000 : year, num(m.group(1)), num(m.group(2)), m.group(3));
            if (!p.valid()) {
                continue;
            }
            boolean due = m.group(4) != null;
            String value = year == null ? null : due ? p.deadline() : p.date();
            addRelative(t, start, m.end(), due ? "deadline" : "date", value, claims, out);
        }
    }

    private void relativeYear(String t, Integer ref, Claims claims, List<Entity> out) {
        Matcher m = RELATIVE_YEAR.matcher(t);
        while (m.find()) {
            if (!claims.isFree(m.start(), m.end())) {
                continue;
            }
            Integer year = ref == null ? null : ref + offset(m.group(1));
            DateParts p = new DateParts(year == null ? 2000 : year, null, null, m.group(2));
            boolean due = m.group(4) != null;
            String value = year == null ? null : due ? p.deadline() : p.date();
            addRelative(t, m.start(), m.end(), due ? "deadline" : "date", value, claims, out);
        }
    }

    private void yearPart(String t, Integer ref, Claims claims, List<Entity> out) {
        Matcher m = YEAR_PART.matcher(t);
        while (m.find()) {
            if (!claims.isFree(m.start(), m.end()) || (m.start() > 0 && "每近".indexOf(t.charAt(m.start() - 1)) >= 0)) {
                continue;
            }
            String part = m.group(1).equals("年内") ? null : m.group(1);
            boolean due = m.group(2) != null || m.group(1).equals("年内");
            DateParts p = new DateParts(ref == null ? 2000 : ref, null, null, part);
            String value = ref == null ? null : due ? p.deadline() : p.date();
            addRelative(t, m.start(), m.end(), due ? "deadline" : "date", value, claims, out);
        }
    }

    private static int offset(String word) {
        if (word == null) {
            return 0;
        }
        return switch (word) {
            case "去年", "上年", "上年度", "上一年" -> -1;
            case "明年" -> 1;
            case "前年" -> -2;
            default -> 0;
        };
    }

    private static void add(String t, Matcher m, String type, String value, Claims claims, List<Entity> out) {
        add(t, m.start(), m.end(), type, value, claims, out);
    }

    private static void add(String t, int start, int end, String type, String value, Claims claims,
                            List<Entity> out) {
        out.add(new Entity(type, t.substring(start, end), start, end,
                value == null ? null : EntityValue.of(value), null, null, null, List.of(), null));
        claims.claim(start, end);
    }

    private static void addRelative(String t, int start, int end, String type, String value, Claims claims,
                                    List<Entity> out) {
        List<String> flags = value == null ? List.of("relative", "unresolved") : List.of("relative");
        out.add(new Entity(type, t.substring(start, end), start, end, value == null ? null : EntityValue.of(value),
                null, null, null, flags, null));
        claims.claim(start, end);
    }

    private static boolean digitBefore(String t, int i) {
        return i > 0 && (NumberReader.isArabic(t.charAt(i - 1)) || t.charAt(i - 1) == '.');
    }

    static int yearOf(String y) {
        return NumberReader.isArabic(y.charAt(0)) ? Integer.parseInt(y) : (int) ChineseNumerals.digitByDigit(y);
    }

    static Integer num(String s) {
        if (s == null) {
            return null;
        }
        if (NumberReader.isArabic(s.charAt(0))) {
            return Integer.valueOf(s);
        }
        java.math.BigDecimal v = ChineseNumerals.parse(s);
        return v == null ? -1 : v.intValue();
    }

    /** The parts of a date and how to render them as a point in time or as a due date. */
    record DateParts(int year, Integer month, Integer day, String part) {
        boolean valid() {
            if (month == null) {
                return day == null;
            }
            if (month < 1 || month > 12) {
                return false;
            }
            return day == null || (day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth());
        }

        String date() {
            String ym = month == null ? String.valueOf(year) : String.format("%d-%02d", year, month);
            if (day != null) {
                return ym + String.format("-%02d", day);
            }
            if (part == null) {
                return ym;
            }
            return switch (part) {
                case "底", "末", "年底", "年末" -> month == null ? year + "-12" : ym;
                case "初", "年初" -> month == null ? year + "-01" : ym;
                case "上半年" -> year + "-01/" + year + "-06";
                case "下半年" -> year + "-07/" + year + "-12";
                case "前三季度" -> year + "-01/" + year + "-09";
                case "上旬", "中旬", "下旬" -> ym;
                default -> quarter(part);
            };
        }

        String deadline() {
            if (day != null) {
                return date();
            }
            if (month != null) {
                return String.format("%d-%02d-%02d", year, month, YearMonth.of(year, month).lengthOfMonth());
            }
            if (part == null) {
                return String.valueOf(year);
            }
            String d = date();
            int slash = d.indexOf('/');
            String last = slash >= 0 ? d.substring(slash + 1) : d;
            if (last.length() == 7) {
                YearMonth ym = YearMonth.parse(last);
                return last + "-" + String.format("%02d", ym.lengthOfMonth());
            }
            return last;
        }

        private String quarter(String q) {
            char c = q.charAt(q.length() - 3);
            int n = NumberReader.isArabic(c) ? c - '0' : ChineseNumerals.digit(c);
            int from = (n - 1) * 3 + 1;
            return String.format("%d-%02d/%d-%02d", year, from, year, from + 2);
        }
    }
}
