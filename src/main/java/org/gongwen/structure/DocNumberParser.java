package org.gongwen.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a 发文字号 and writes it in the canonical form 机关代字〔YYYY〕N号 whatever the source wrote: 〔〕, [ ], ［ ］, ( ),
 * （ ）, 【 】, ﹝﹞, spaces, zero-width characters, zero-padded serials ({@code 云产改办〔2022〕016号} →
 * {@code 云产改办〔2022〕16号}), line breaks inside. A legitimate 第 is kept: {@code 国令第707号},
 * {@code 公告〔2025〕第21号}, {@code 中国人民银行令〔2025〕第7号}.
 */
final class DocNumberParser {
    private static final String GAP = "[\\s\\u200B-\\u200D\\uFEFF\\u2060]*";
    private static final Pattern BRACKETED = Pattern.compile(
            "([\\u4E00-\\u9FFFA-Za-z][\\u4E00-\\u9FFFA-Za-z\\s]{0,60}?)?" + GAP + "[〔\\[［(（【﹝]" + GAP
                    + "((?:19|20)\\d{2})" + GAP + "[〕\\]］)）】﹞]" + GAP + "(第)?" + GAP + "(\\d{1,5})" + GAP + "号");
    private static final Pattern ORDER = Pattern.compile(
            "([\\u4E00-\\u9FFF]{1,20}令)" + GAP + "第" + GAP + "(\\d{1,5})" + GAP + "号");

    private DocNumberParser() {
    }

    /**
     * A 发文字号 found in text.
     *
     * @param canonical 机关代字〔YYYY〕N号
     * @param raw       as printed
     * @param start     start in the searched text
     * @param end       end in the searched text
     */
    record DocNumber(String canonical, String raw, int start, int end) {
        /** The 机关代字 part, "" when the source printed none ("〔2001〕第1号"). */
        String code() {
            int bracket = canonical.indexOf('〔');
            return bracket < 0 ? canonical.substring(0, canonical.indexOf('第')) : canonical.substring(0, bracket);
        }
    }

    /** The first 发文字号 in the text, or null. */
    static DocNumber find(String text) {
        Matcher m = BRACKETED.matcher(text);
        if (m.find()) {
            String code = m.group(1) == null ? "" : shortCode(squash(m.group(1)));
            String serial = String.valueOf(Integer.parseInt(m.group(4)));
            String canonical = code + "〔" + m.group(2) + "〕" + (m.group(3) == null ? "" : "第") + serial + "号";
            return new DocNumber(canonical, m.group().strip(), m.start(), m.end());
        }
        Matcher o = ORDER.matcher(text);
        if (o.find()) {
            String canonical = squash(o.group(1)) + "第" + Integer.parseInt(o.group(2)) + "号";
            return new DocNumber(canonical, o.group(), o.start(), o.end());
        }
        return null;
    }

    /** The text is nothing but a 发文字号 (a 版头 line). */
    static DocNumber whole(String text) {
        DocNumber n = find(text);
        return n != null && n.start() == 0 && n.end() == text.strip().length() ? n : null;
    }

    /**
     * A 机关代字 is short ("银发", "云产改办"); a long run glued to a 发文机关标志 ("中国人民银行国家税务总局文件国家外汇管理局银发")
     * keeps only what follows the last organ name. Codes of 令 and 公告 name the organ in full and stay.
     */
    private static String shortCode(String code) {
        if (code.length() <= 8 || code.endsWith("令") || code.endsWith("公告")) {
            return code;
        }
        Matcher m = ORGAN_END.matcher(code);
        int cut = -1;
        while (m.find()) {
            if (code.length() - m.end() >= 2) {
                cut = m.end();
            }
        }
        return cut < 0 ? code : code.substring(cut);
    }

    private static final Pattern ORGAN_END = Pattern.compile("文件|局|部|会|银行|厅|院|署|委|室|政府");

    private static String squash(String s) {
        return s.replaceAll("[\\s\\u200B-\\u200D\\uFEFF\\u2060]+", "");
    }
}
