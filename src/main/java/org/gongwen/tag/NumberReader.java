package org.gongwen.tag;

import java.math.BigDecimal;

/**
 * Reads one number at a position: Arabic digits (full-width too) with thousands separators and decimals, or a Chinese
 * numeral, then its multipliers (万 亿 千 百, 万亿, 千万) and a mixed tail (3万4000, 1亿2000万). Spaces between the digits
 * and the multiplier are allowed ("2.5 万名"), as raw extracted text has them.
 */
final class NumberReader {
    /** What was read: the span, the exact value, and facts the figure rules need. */
    record Read(int start, int end, int digitsEnd, BigDecimal value, boolean arabic, boolean multiplied,
                int integerDigits, boolean grouped, boolean decimal, boolean approx) {
    }

    private NumberReader() {
    }

    static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t';
    }

    static int skipSpaces(CharSequence t, int i) {
        while (i < t.length() && isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Reads an Arabic number at {@code i} (which holds a digit). */
    static Read arabic(CharSequence t, int i) {
        StringBuilder digits = new StringBuilder();
        int j = readDigits(t, i, digits);
        int intDigits = digits.length();
        boolean grouped = false;
        while (j + 3 < t.length() + 0 && (t.charAt(j) == ',' || t.charAt(j) == '，') && threeDigitsAt(t, j + 1)) {
            j = readDigits(t, j + 1, digits);
            grouped = true;
        }
        boolean decimal = false;
        if (j + 1 < t.length() && (t.charAt(j) == '.' || t.charAt(j) == '．') && isArabic(t.charAt(j + 1))) {
            digits.append('.');
            j = readDigits(t, j + 1, digits);
            decimal = true;
        }
        return withMultipliers(t, i, j, new BigDecimal(digits.toString()), true, intDigits, grouped, decimal);
    }

    /** Reads a Chinese numeral at {@code i}; null when the run there is not a numeral. */
    static Read chinese(CharSequence t, int i) {
        int j = i;
        while (j < t.length() && (ChineseNumerals.isChineseNumeralChar(t.charAt(j))
                || (t.charAt(j) == '点' && j > i && j + 1 < t.length()
                && ChineseNumerals.digit(t.charAt(j + 1)) >= 0 && ChineseNumerals.digit(t.charAt(j - 1)) >= 0))) {
            j++;
        }
        // a trailing 千 or 百 that starts a unit (五千瓦 is rare, 三百分点 not): leave it to the unit
        while (j > i + 1 && Units.unitStartsAt(t, j - 1)) {
            j--;
        }
        String run = t.subSequence(i, j).toString();
        BigDecimal value = ChineseNumerals.parse(run);
        if (value == null) {
            return null;
        }
        boolean multiplied = run.matches(".*[百千万亿佰仟萬億].*");
        boolean approx = false;
        int end = j;
        if (end < t.length() && (t.charAt(end) == '多' || t.charAt(end) == '余')) {
            approx = true;
            end++;
        }
        return new Read(i, end, j, value, false, multiplied, run.length(), false, false, approx);
    }

    private static Read withMultipliers(CharSequence t, int start, int digitsEnd, BigDecimal base, boolean arabic,
                                        int intDigits, boolean grouped, boolean decimal) {
        int j = digitsEnd;
        int k = skipSpaces(t, j);
        boolean approx = false;
        if (k < t.length() && (t.charAt(k) == '多' || t.charAt(k) == '余') && multiplierAt(t, k + 1) > 0) {
            approx = true;
            k++;
        }
        int power = 0;
        int p;
        while (k < t.length() && (p = multiplierAt(t, k)) > 0) {
            power += p;
            k++;
            j = k;
            if (p >= 4) {
                int tailEnd = mixedTail(t, k);
                if (tailEnd > k) {
                    return mixed(t, start, base.scaleByPowerOfTen(power), k, tailEnd, intDigits);
                }
            }
            k = skipSpaces(t, k);
        }
        BigDecimal value = power == 0 ? base : base.scaleByPowerOfTen(power);
        return new Read(start, j, digitsEnd, plain(value), arabic, power > 0, intDigits, grouped, decimal, approx);
    }

    /** 3万4000 / 1亿2000万: Arabic digits right after 万 or 亿 add a lower part. */
    private static int mixedTail(CharSequence t, int k) {
        int j = k;
        while (j < t.length() && isArabic(t.charAt(j))) {
            j++;
        }
        if (j == k || j - k > 4 || (j < t.length() && (t.charAt(j) == '.' || t.charAt(j) == '年'))) {
            return k;
        }
        return j;
    }

    private static Read mixed(CharSequence t, int start, BigDecimal high, int k, int tailEnd, int intDigits) {
        StringBuilder digits = new StringBuilder();
        readDigits(t, k, digits);
        BigDecimal low = new BigDecimal(digits.toString());
        int end = tailEnd;
        if (end < t.length() && t.charAt(end) == '万') {
            low = low.scaleByPowerOfTen(4);
            end++;
        }
        return new Read(start, end, end, plain(high.add(low)), true, true, intDigits, false, false, false);
    }

    /** The power of ten of a multiplier at k (万 4, 亿 8, 千 3, 百 2), 0 when none or when a unit starts there. */
    static int multiplierAt(CharSequence t, int k) {
        char c = t.charAt(k);
        int large = ChineseNumerals.largeUnit(c);
        if (large > 0) {
            return large;
        }
        int small = ChineseNumerals.smallUnit(c);
        if ((small == 2 || small == 3) && !Units.unitStartsAt(t, k) && !Units.startsWith(t, k, "分之")
                && !Units.startsWith(t, k, "百分之")) {
            return small;
        }
        return 0;
    }

    private static int readDigits(CharSequence t, int i, StringBuilder out) {
        int j = i;
        while (j < t.length() && isArabic(t.charAt(j))) {
            char c = t.charAt(j);
            out.append(c >= '０' ? (char) (c - '０' + '0') : c);
            j++;
        }
        return j;
    }

    private static boolean threeDigitsAt(CharSequence t, int i) {
        return i + 3 <= t.length() && isArabic(t.charAt(i)) && isArabic(t.charAt(i + 1)) && isArabic(t.charAt(i + 2))
                && (i + 3 == t.length() || !isArabic(t.charAt(i + 3)));
    }

    /** Strips trailing zeros but never writes an exponent (2E+7 → 20000000). */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
