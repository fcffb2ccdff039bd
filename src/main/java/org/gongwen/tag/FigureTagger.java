package org.gongwen.tag;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;

/**
 * Finds figures: every quantity with its exact value in base units ("2.5 万名" → 25000 名, "429.4 亿元" → 42940000000 元,
 * "一百万亿元" → 10^14 元), ranges as two figures ("5%—5.5%"), ratios as one figure per part ("43.7：17.7：38.6"),
 * bounds and approximations as comparator and flags. Runs after document numbers, titles and dates have claimed
 * their characters; {@link FigureFilter} says which numbers are not quantities at all.
 */
final class FigureTagger {

    /** A figure under construction. */
    static final class Fig {
        int start;
        int end;
        BigDecimal value;
        BigDecimal valueMax;
        String unit = "";
        boolean hasUnit;
        boolean multiplied;
        boolean postModified;
        String comparator;
        final List<String> flags = new ArrayList<>();

        Entity toEntity(String text) {
            return new Entity("figure", text.substring(start, end), start, end, EntityValue.of(value), valueMax,
                    unit, comparator, flags, null);
        }
    }

    void tag(String text, Claims claims, List<Entity> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (claims.isTaken(i) || !startsNumber(text, i)) {
                i++;
                continue;
            }
            int next = tagAt(text, i, claims, out);
            i = Math.max(next, i + 1);
        }
    }

    private static boolean startsNumber(String t, int i) {
        char c = t.charAt(i);
        boolean numeric = NumberReader.isArabic(c) || ChineseNumerals.isChineseNumeralChar(c);
        if (!numeric) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = t.charAt(i - 1);
        return !NumberReader.isArabic(p) && !(ChineseNumerals.isChineseNumeralChar(p) && !NumberReader.isArabic(c));
    }

    /** Tags the figure (or range, ratio, fraction) starting at i; returns where scanning resumes. */
    private int tagAt(String t, int i, Claims claims, List<Entity> out) {
        if (Units.startsWith(t, i, "百分之") || Units.startsWith(t, i, "千分之")) {
            return percentWords(t, i, claims, out);
        }
        NumberReader.Read read = read(t, i);
        if (read == null) {
            return skipRun(t, i);
        }
        int fraction = fraction(t, read, claims, out);
        if (fraction > 0) {
            return fraction;
        }
        Fig first = complete(t, read);
        if (!claims.isFree(first.start, first.end)) {
            return read.end();
        }
        if (!first.hasUnit && ratioFollows(t, first.end)) {
            return ratio(t, read, claims, out);
        }
        int afterRange = range(t, read, first, claims, out);
        if (afterRange > 0) {
            return afterRange;
        }
        if (FigureFilter.accepts(t, read, first)) {
            emit(t, first, claims, out);
        }
        return Math.max(first.end, read.end());
    }

    static NumberReader.Read read(String t, int i) {
        return NumberReader.isArabic(t.charAt(i)) ? NumberReader.arabic(t, i) : NumberReader.chinese(t, i);
    }

    private static int skipRun(String t, int i) {
        int j = i;
        while (j < t.length() && (NumberReader.isArabic(t.charAt(j)) || ChineseNumerals.isChineseNumeralChar(t.charAt(j)))) {
            j++;
        }
        return j;
    }

    /** Adds the unit, the post-modifiers (多 余 左右 以上 以下 以内) and the comparator words before the number. */
    static Fig complete(String t, NumberReader.Read read) {
        Fig f = new Fig();
        f.start = read.start();
        f.end = read.end();
        f.value = read.value();
        f.multiplied = read.multiplied();
        if (read.approx()) {
            f.flags.add("approx");
        }
        int k = NumberReader.skipSpaces(t, f.end);
        if (!read.approx() && k < t.length() && (t.charAt(k) == '多' || t.charAt(k) == '余')
                && k + 1 < t.length() && Units.at(t, k + 1) != null) {
            f.flags.add("approx");
            k++;
        }
        Units.Unit unit = k < t.length() ? Units.at(t, k) : null;
        if (unit != null) {
            f.unit = unit.base();
            f.hasUnit = true;
            f.end = k + unit.surface().length();
        }
        Modifiers.after(t, f);
        negative(t, f);
        Modifiers.before(t, f);
        return f;
    }

    /** "增长-2.3%" / "−0.5个百分点": a minus sign right before the digits, not after a digit or letter (ranges, codes). */
    private static void negative(String t, Fig f) {
        int s = f.start;
        if (s > 0 && "-−－".indexOf(t.charAt(s - 1)) >= 0 && NumberReader.isArabic(t.charAt(s))
                && (s == 1 || !(NumberReader.isArabic(t.charAt(s - 2)) || Character.isLetter(t.charAt(s - 2))
                && !Character.isIdeographic(t.charAt(s - 2))))) {
            f.start = s - 1;
            f.value = f.value.negate();
        }
    }

    private static void emit(String t, Fig f, Claims claims, List<Entity> out) {
        out.add(f.toEntity(t));
        claims.claim(f.start, f.end);
    }

    /** 百分之五十 → 50 %, 千分之三 → 3 ‰. */
    private int percentWords(String t, int i, Claims claims, List<Entity> out) {
        int k = i + 3;
        if (k >= t.length()) {
            return k;
        }
        NumberReader.Read read = read(t, k);
        if (read == null) {
            return k;
        }
        Fig f = new Fig();
        f.start = i;
        f.end = read.end();
        f.value = read.value();
        f.unit = t.charAt(i) == '百' ? "%" : "‰";
        f.hasUnit = true;
        Modifiers.after(t, f);
        Modifiers.before(t, f);
        if (claims.isFree(f.start, f.end)) {
            emit(t, f, claims, out);
        }
        return f.end;
    }

    /** 三分之一 → 0.3333333333333333 (unit ""), flagged fraction. */
    private int fraction(String t, NumberReader.Read denominator, Claims claims, List<Entity> out) {
        int k = denominator.digitsEnd();
        if (!Units.startsWith(t, k, "分之") || k + 2 >= t.length() || !startsNumberChar(t.charAt(k + 2))) {
            return 0;
        }
        NumberReader.Read numerator = read(t, k + 2);
        if (numerator == null || denominator.value().signum() == 0) {
            return 0;
        }
        Fig f = new Fig();
        f.start = denominator.start();
        f.end = numerator.end();
        f.value = NumberReader.plain(numerator.value().divide(denominator.value(), MathContext.DECIMAL64));
        f.flags.add("fraction");
        Modifiers.before(t, f);
        if (claims.isFree(f.start, f.end)) {
            emit(t, f, claims, out);
        }
        return f.end;
    }

    private static boolean startsNumberChar(char c) {
        return NumberReader.isArabic(c) || ChineseNumerals.isChineseNumeralChar(c);
    }

    private static boolean ratioFollows(String t, int end) {
        int k = NumberReader.skipSpaces(t, end);
        if (k >= t.length() || ":：∶".indexOf(t.charAt(k)) < 0) {
            return false;
        }
        int d = NumberReader.skipSpaces(t, k + 1);
        return d < t.length() && NumberReader.isArabic(t.charAt(d));
    }

    /** 43.7：17.7：38.6 → three figures with unit "", flagged ratio; a time of day (9:30) is none. */
    private int ratio(String t, NumberReader.Read firstRead, Claims claims, List<Entity> out) {
        List<NumberReader.Read> parts = new ArrayList<>();
        parts.add(firstRead);
        int end = firstRead.digitsEnd();
        while (ratioFollows(t, end)) {
            int d = NumberReader.skipSpaces(t, NumberReader.skipSpaces(t, end) + 1);
            NumberReader.Read next = NumberReader.arabic(t, d);
            parts.add(next);
            end = next.digitsEnd();
        }
        if (FigureFilter.isClockTime(t, parts) || !FigureFilter.acceptsPosition(t, firstRead.start(), end)) {
            return end;
        }
        for (NumberReader.Read r : parts) {
            Fig f = new Fig();
            f.start = r.start();
            f.end = r.digitsEnd();
            f.value = r.value();
            f.flags.add("ratio");
            if (claims.isFree(f.start, f.end)) {
                emit(t, f, claims, out);
            }
        }
        return end;
    }

    /** 5%—5.5%, 3至5年, 3%到4%, 3-5万元: two figures; the first borrows the unit and multiplier of the second. */
    private int range(String t, NumberReader.Read firstRead, Fig first, Claims claims, List<Entity> out) {
        int k = NumberReader.skipSpaces(t, first.end);
        int connector = Modifiers.rangeConnector(t, k);
        if (connector == 0 || first.postModified) {
            return 0;
        }
        int s = NumberReader.skipSpaces(t, k + connector);
        if (s >= t.length() || !startsNumberChar(t.charAt(s)) || claims.isTaken(s)) {
            return 0;
        }
        NumberReader.Read secondRead = read(t, s);
        if (secondRead == null) {
            return 0;
        }
        Fig second = complete(t, secondRead);
        boolean hyphen = t.charAt(k) == '-' || t.charAt(k) == '－';
        if (hyphen && !second.hasUnit && !first.hasUnit) {
            return second.end; // 9704-2012, 0871-6xxxxxxx: codes, not ranges
        }
        if (!first.hasUnit) {
            if (!first.multiplied && second.multiplied) {
                BigDecimal scale = second.value.divide(secondRead.value().signum() == 0 ? BigDecimal.ONE
                        : baseOf(t, secondRead), MathContext.DECIMAL64);
                first.value = NumberReader.plain(first.value.multiply(scale));
            }
            first.unit = second.unit;
            first.hasUnit = second.hasUnit;
        }
        // the first's own read: its start may lie before first.start's sign (−2～3%), where no number can be read
        if (!FigureFilter.accepts(t, firstRead, first) || !FigureFilter.accepts(t, secondRead, second)) {
            return second.end;
        }
        first.valueMax = second.value;
        first.flags.add("range");
        second.flags.add("range");
        emit(t, first, claims, out);
        emit(t, second, claims, out);
        return second.end;
    }

    /** The digits of a read without its multiplier (5.5 of 5.5万). */
    private static BigDecimal baseOf(String t, NumberReader.Read r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.start(); i < r.digitsEnd(); i++) {
            char c = t.charAt(i);
            if (NumberReader.isArabic(c)) {
                sb.append(c >= '０' ? (char) (c - '０' + '0') : c);
            } else if (c == '.' || c == '．') {
                sb.append('.');
            }
        }
        return sb.length() == 0 ? r.value() : new BigDecimal(sb.toString());
    }
}
