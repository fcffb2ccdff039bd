package org.gongwen.curate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical form of a 发文字号 (GB/T 9704-2012 §7.2.4): 机关代字 + 〔YYYY〕 + serial + 号, six-cornered brackets,
 * no spaces, no leading zeros ("不编虚位"), 第 kept where the series prints it (国令第707号, 公告〔2025〕第21号).
 *
 * <p>Example: {@code 银发[2014]168号}, {@code 银发（2014）168 号} and {@code 银发〔２０１４〕０１６８号} all give
 * {@code 银发〔2014〕168号}.
 */
public final class DocNumbers {
    private static final String OPEN = "\\[【［(（〔﹝〖{｛";
    private static final String CLOSE = "\\]】］)）〕﹞〗}｝";
    private static final Pattern WITH_YEAR = Pattern.compile(
            "^([^" + OPEN + CLOSE + "\\d]+)[" + OPEN + "](\\d{4})[" + CLOSE + "](第?)0*(\\d+)号?$");
    private static final Pattern SERIAL_ONLY = Pattern.compile("^([^" + OPEN + CLOSE + "\\d]+?)第0*(\\d+)号?$");

    private DocNumbers() {
    }

    /** The canonical form of {@code raw}, or null when it is not a 发文字号. */
    public static String canonical(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = toAsciiDigits(raw.replaceAll("[\\s\\u3000]+", ""));
        Matcher m = WITH_YEAR.matcher(compact);
        if (m.matches()) {
            return m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + m.group(4) + "号";
        }
        m = SERIAL_ONLY.matcher(compact);
        if (m.matches()) {
            return m.group(1) + "第" + m.group(2) + "号";
        }
        return null;
    }

    /** True when {@code docNumber} is already in canonical form. */
    public static boolean isCanonical(String docNumber) {
        return docNumber != null && docNumber.equals(canonical(docNumber));
    }

    private static String toAsciiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return sb.toString();
    }
}
