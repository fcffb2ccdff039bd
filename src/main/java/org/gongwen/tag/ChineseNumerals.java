package org.gongwen.tag;

import java.math.BigDecimal;

/**
 * Reads Chinese numerals: 一百万亿 → 10^14, 五千五百七十五万 → 55750000, 三十 → 30, 三点五 → 3.5, 二〇三五 → 2035 (digit by
 * digit), and mixed Arabic/Chinese magnitudes such as 3万4000.
 */
final class ChineseNumerals {
    private ChineseNumerals() {
    }

    /** The digit 0–9 of a Chinese or Arabic (also full-width) digit character, -1 otherwise. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return switch (c) {
            case '零', '〇', '○', 'Ｏ' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰', '貳' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** The power of ten of a small unit (十 百 千) or 0 when the character is none. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 1;
            case '百', '佰' -> 2;
            case '千', '仟' -> 3;
            default -> 0;
        };
    }

    /** The power of ten of a large unit (万 亿) or 0. */
    static int largeUnit(char c) {
        return switch (c) {
            case '万', '萬' -> 4;
            case '亿', '億' -> 8;
            default -> 0;
        };
    }

    static boolean isChineseNumeralChar(char c) {
        return (digit(c) >= 0 && !(c >= '0' && c <= '9') && !(c >= '０' && c <= '９'))
                || smallUnit(c) > 0 || largeUnit(c) > 0;
    }

    /** True for a run of bare digits without 十百千万亿 (二〇三五, 一二三), which reads digit by digit. */
    static boolean isDigitByDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (digit(s.charAt(i)) < 0) {
                return false;
            }
        }
        return s.length() > 0;
    }

    /** Digit-by-digit value (二〇三五 → 2035). */
    static long digitByDigit(CharSequence s) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            v = v * 10 + digit(s.charAt(i));
        }
        return v;
    }

    /**
     * Parses a Chinese numeral with units (十 百 千 万 亿, 两, 零) and an optional decimal part after 点; null when the
     * string is not a well-formed numeral.
     */
    static BigDecimal parse(String s) {
        int point = s.indexOf('点');
        if (point >= 0) {
            BigDecimal whole = parse(s.substring(0, point));
            String frac = s.substring(point + 1);
            if (whole == null || frac.isEmpty() || !isDigitByDigit(frac)) {
                return null;
            }
            return whole.add(new BigDecimal("0." + digitByDigit(frac)).movePointLeft(leadingZeros(frac)));
        }
        return parseInteger(s);
    }

    private static int leadingZeros(String frac) {
        int n = 0;
        while (n < frac.length() && digit(frac.charAt(n)) == 0) {
            n++;
        }
        return n;
    }

    private static BigDecimal parseInteger(String s) {
        if (s.isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;   // finished 亿 groups
        BigDecimal section = BigDecimal.ZERO; // current group below the last large unit
        long small = 0;                       // current group below 万
        int pending = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                pending = pending < 0 ? d : pending * 10 + d; // 二〇 inside a numeral is rare; keep digits
                continue;
            }
            int su = smallUnit(c);
            if (su > 0) {
                small += (pending < 0 ? 1 : pending) * (long) Math.pow(10, su);
                pending = -1;
                continue;
            }
            int lu = largeUnit(c);
            if (lu == 0) {
                return null;
            }
            BigDecimal group = BigDecimal.valueOf(small + Math.max(pending, 0));
            if (lu == 4) {
                section = section.add(group).multiply(BigDecimal.TEN.pow(4));
            } else {
                total = total.add(section.add(group)).multiply(BigDecimal.TEN.pow(8));
                section = BigDecimal.ZERO;
            }
            small = 0;
            pending = -1;
        }
        return total.add(section).add(BigDecimal.valueOf(small + Math.max(pending, 0)));
    }
}
