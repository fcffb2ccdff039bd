package org.gongwen.tag;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Numbers that are not quantities: ordinals and list markers (第一, 一是, （三）, 1.), names (5G, 二十大, 十九届), codes and
 * phone numbers (seven digits or more, or after 电话/邮编/代码), times of day, page numbers, vague numerals (数十, 十几),
 * and Chinese numerals under 10 without 百/千/万/亿 (三项, 两次).
 */
final class FigureFilter {
    private static final Pattern CODE_CUE = Pattern.compile(
            "(电话|传真|邮编|邮政编码|代码|编号|编码|号码|账号|帐号|手机|热线|QQ|身份证|信用代码|网址|邮箱|联系方式|咨询)[^。；\\n]{0,8}$");
    private static final String OPEN = "（(〔[【［";
    /** Words after a bare number that make it a name: 331国道, 12345热线, 21世纪. */
    private static final Pattern NAME_AFTER = Pattern.compile("^(国道|省道|县道|高速|号线|世纪|热线|边防路|工程)");
    private static final String CLOSE = "）)〕]】］";

    private FigureFilter() {
    }

    static boolean accepts(String t, NumberReader.Read read, FigureTagger.Fig fig) {
        if (!acceptsPosition(t, read.start(), read.digitsEnd())) {
            return false;
        }
        if (!read.arabic() && !acceptsChinese(t, read, fig)) {
            return false;
        }
        return fig.hasUnit || acceptsBare(t, read);
    }

    /** Checks the characters around the digits: 第, letters (5G, G20), codes with / . - between digits. */
    static boolean acceptsPosition(String t, int start, int digitsEnd) {
        int before = start;
        while (before > 0 && NumberReader.isSpace(t.charAt(before - 1))) {
            before--;
        }
        if (before > 0 && t.charAt(before - 1) == '第') {
            return false;
        }
        if (start > 0) {
            char p = t.charAt(start - 1);
            if (isLatin(p) || "/_@#\\.".indexOf(p) >= 0 || ((p == '-' || p == '－') && start > 1
                    && isLatin(t.charAt(start - 2)))) {
                return false;
            }
        }
        if (digitsEnd < t.length()) {
            char n = t.charAt(digitsEnd);
            if (isLatin(n)) {
                return false;
            }
            if ((n == '/' || n == '.' || n == '_') && digitsEnd + 1 < t.length()
                    && (NumberReader.isArabic(t.charAt(digitsEnd + 1)) || isLatin(t.charAt(digitsEnd + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean acceptsChinese(String t, NumberReader.Read read, FigureTagger.Fig fig) {
        String run = t.substring(read.start(), read.digitsEnd());
        char first = run.charAt(0);
        if ("百千万亿佰仟萬億".indexOf(first) >= 0 || (run.length() > 1 && ChineseNumerals.isDigitByDigit(run))) {
            return false;
        }
        if (read.value().compareTo(java.math.BigDecimal.TEN) < 0 && !read.multiplied()) {
            return false;
        }
        if (read.start() > 0 && "数几上成".indexOf(t.charAt(read.start() - 1)) >= 0) {
            return false;
        }
        int e = read.digitsEnd();
        if (e < t.length()) {
            char n = t.charAt(e);
            if ("几来大届是要字".indexOf(n) >= 0 || (first == '十' && run.length() == 1 && "分足全佳".indexOf(n) >= 0
                    && !Units.startsWith(t, e, "分之"))) {
                return false;
            }
            if (Units.startsWith(t, e, "中全会") || Units.startsWith(t, e, "次全会") || Units.startsWith(t, e, "世纪")) {
                return false;
            }
        }
        return true;
    }

    /** A number without a unit: not a list marker, bracketed ordinal, code, phone, page number or time. */
    private static boolean acceptsBare(String t, NumberReader.Read read) {
        int s = read.start();
        int e = read.end();
        char next = e < t.length() ? t.charAt(e) : '\n';
        if ("号时点届月版·".indexOf(next) >= 0 || NAME_AFTER.matcher(t.substring(e, Math.min(t.length(), e + 3))).find()
                || (s > 0 && t.charAt(s - 1) == '·')) {
            return false;
        }
        if (read.arabic() && !read.multiplied() && !read.decimal() && read.integerDigits() == 4
                && read.value().intValue() >= 1949 && read.value().intValue() <= 2100) {
            return false; // a bare 2025 is a year used as a name ("2025中国足协杯"), not a count
        }
        if (s > 0 && OPEN.indexOf(t.charAt(s - 1)) >= 0 && CLOSE.indexOf(next) >= 0) {
            return false;
        }
        if ((next == '、' || ((next == '.' || next == '．') && !(e + 1 < t.length()
                && NumberReader.isArabic(t.charAt(e + 1))))) && atLineStart(t, s)) {
            return false;
        }
        if (next == '、' && !read.multiplied()) {
            return false;
        }
        if (read.arabic() && !read.grouped() && !read.decimal() && !read.multiplied() && read.integerDigits() >= 7) {
            return false;
        }
        if (isNameInQuotes(t, s, e)) {
            return false;
        }
        if (CODE_CUE.matcher(t.substring(Math.max(0, s - 20), s)).find()) {
            return false;
        }
        return !isPageNumber(t, s, e);
    }

    /** “3815”战略, “2+3+N”园区, 沪滇“16+16”: a bare number in a short quoted name or joined by +. */
    private static boolean isNameInQuotes(String t, int s, int e) {
        if ((s > 0 && t.charAt(s - 1) == '+') || (e < t.length() && t.charAt(e) == '+')) {
            return true;
        }
        int open = -1;
        for (int i = s - 1; i >= Math.max(0, s - 8); i--) {
            char c = t.charAt(i);
            if (c == '“' || c == '"' || c == '「') {
                open = i;
                break;
            }
            if (c == '”' || c == '。' || c == '，') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = e; i < Math.min(t.length(), e + 8); i++) {
            char c = t.charAt(i);
            if (c == '”' || c == '"' || c == '」') {
                return true;
            }
            if (c == '“' || c == '。' || c == '，') {
                return false;
            }
        }
        return false;
    }

    private static boolean atLineStart(String t, int s) {
        int k = s;
        while (k > 0 && (NumberReader.isSpace(t.charAt(k - 1)) || OPEN.indexOf(t.charAt(k - 1)) >= 0)) {
            k--;
        }
        return k == 0 || t.charAt(k - 1) == '\n';
    }

    /** "- 3 -" or "— 12 —" alone on a line, or "— 3 —" between dashes where a page break cut a line. */
    private static boolean isPageNumber(String t, int s, int e) {
        int l = s;
        while (l > 0 && NumberReader.isSpace(t.charAt(l - 1))) {
            l--;
        }
        int r = NumberReader.skipSpaces(t, e);
        if (l > 0 && r < t.length() && "—－-".indexOf(t.charAt(l - 1)) >= 0 && "—－-".indexOf(t.charAt(r)) >= 0
                && (l < s || r > e)) {
            return true;
        }
        int a = s;
        while (a > 0 && t.charAt(a - 1) != '\n' && "-—－ \u3000".indexOf(t.charAt(a - 1)) >= 0) {
            a--;
        }
        int b = e;
        while (b < t.length() && t.charAt(b) != '\n' && "-—－ \u3000".indexOf(t.charAt(b)) >= 0) {
            b++;
        }
        boolean alone = (a == 0 || t.charAt(a - 1) == '\n') && (b == t.length() || t.charAt(b) == '\n');
        boolean dashed = t.substring(a, s).matches(".*[-—－].*") && t.substring(e, b).matches(".*[-—－].*");
        return alone && (dashed || a > 0 || b < t.length());
    }

    /** 9:30 or 14：00 (two parts, minutes below 60, after 上午/下午/时间 or before a second time). */
    static boolean isClockTime(String t, List<NumberReader.Read> parts) {
        if (parts.size() == 3 && parts.stream().noneMatch(NumberReader.Read::decimal)
                && parts.get(1).integerDigits() == 2 && parts.get(2).integerDigits() == 2) {
            return true; // 09:02:33
        }
        if (parts.size() != 2 || parts.get(0).decimal() || parts.get(1).decimal()) {
            return false;
        }
        int h = parts.get(0).value().intValue();
        NumberReader.Read m = parts.get(1);
        if (h > 24 || m.integerDigits() != 2 || m.value().intValue() > 59) {
            return false;
        }
        String before = t.substring(Math.max(0, parts.get(0).start() - 6), parts.get(0).start());
        int after = NumberReader.skipSpaces(t, m.digitsEnd());
        return before.matches(".*(上午|下午|晚上|早上|中午|凌晨|时间|于|至|到|—|-).*")
                || (after < t.length() && "至到—-~～".indexOf(t.charAt(after)) >= 0);
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
    }
}
