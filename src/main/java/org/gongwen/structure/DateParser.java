package org.gongwen.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of 公文 into ISO {@code YYYY-MM-DD}: "2022年11月21日", "2019 年 2 月 2 日", "二〇一二年一月九日" (also
 * with the wrong zeros ○, O, 0, Ｏ), and portal dates "2022-01-05", "2022/1/5", "2022.01.05".
 */
final class DateParser {
    private static final String CN = "〇○OoＯ0零一二三四五六七八九十";
    private static final Pattern WRITTEN = Pattern.compile(
            "(\\d{4}|[" + CN + "]{4})\\s*年\\s*(\\d{1,2}|[" + CN + "]{1,3})\\s*月\\s*(\\d{1,2}|[" + CN + "]{1,4})\\s*日");
    private static final Pattern NUMERIC = Pattern.compile("((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");

    private DateParser() {
    }

    /**
     * A date found in text.
     *
     * @param iso   YYYY-MM-DD
     * @param start start in the searched text
     * @param end   end in the searched text
     */
    record Found(String iso, int start, int end) {
    }

    /** The first valid date in the text, or null. */
    static Found find(String text) {
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            String iso = iso(number(m.group(1), true), number(m.group(2), false), number(m.group(3), false));
            if (iso != null) {
                return new Found(iso, m.start(), m.end());
            }
        }
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            String iso = iso(Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)), Integer.parseInt(n.group(3)));
            if (iso != null) {
                return new Found(iso, n.start(), n.end());
            }
        }
        return null;
    }

    /** The ISO date when the whole text (brackets and spaces aside) is one date, else null. */
    static String whole(String text) {
        String t = text.strip();
        if (t.length() > 2 && "（(".indexOf(t.charAt(0)) >= 0 && "）)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1).strip();
        }
        Found f = find(t);
        return f != null && f.start() == 0 && f.end() == t.length() ? f.iso() : null;
    }

    static String parse(String text) {
        Found f = find(text);
        return f == null ? null : f.iso();
    }

    private static String iso(int year, int month, int day) {
        // a real calendar day only: "二〇二二年二月三十日" (an OCR or typing slip) is no date
        if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** Arabic digits, or Chinese numerals: digit by digit for years (二〇一二), with 十 for months and days. */
    private static int number(String s, boolean year) {
        if (Character.isDigit(s.charAt(0)) && s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (year) {
            int v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        int i = "零一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        return "〇○OoＯ0".indexOf(c) >= 0 ? 0 : (Character.isDigit(c) ? c - '0' : -100);
    }
}
