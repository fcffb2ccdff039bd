package org.gongwen.ingest.ocr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The punctuation half of {@link OcrTextRepairer}: marks an engine read as their ASCII or look-alike forms next to Han
 * become the full-width marks a 公文 uses. Pure and idempotent; a paragraph ends at a blank line.
 */
final class PunctuationRepair {
    // an ASCII parenthesis, a pair of which one half was read as ASCII ((三） → （三）), or an opening （ read as 〈 or 《
    // and closed by a parenthesis (〈以下简称《办法》) → （以下简称《办法》）; a 《 takes no 《》 inside, so 《通知》(…) stays
    private static final Pattern PAREN = Pattern.compile("\\(([^()（）\\n]{0,40})[)）]|（([^()（）\\n]{0,40})\\)"
            + "|〈([^()（）〈〉\\n]{0,40})[)）]|《([^()（）《》〈〉\\n]{0,40})[)）]");
    // an indented heading number that lost its opening parenthesis: 　　二) → 　　（二）; the indent tells it from a
    // line that wraps inside a parenthesis (（第\n三))
    private static final Pattern HEADING_NUMBER = Pattern.compile("(?m)^([ \\t\\u3000]+)([一二三四五六七八九十]{1,3})[)）]");
    // a dash pair read as 一一 before a number (——2026年1月…), where Han 一一 is never followed by a digit
    private static final Pattern DASH_PAIR = Pattern.compile("(?m)(?<![\\p{IsHan}])一一(?=\\d)");
    private static final Pattern ASCII_PUNCT_AFTER_HAN = Pattern.compile("(?<=[\\p{IsHan}）”])([,;:?!])");
    /** How far back (in characters) an unclosed （ may be closed by a stray ASCII ). */
    private static final int PAREN_REACH = 120;

    private PunctuationRepair() {
    }

    static String repair(String text) {
        String out = fullWidthParentheses(text);
        out = HEADING_NUMBER.matcher(out).replaceAll("$1（$2）");
        out = closeOpenParentheses(out);
        out = DASH_PAIR.matcher(out).replaceAll("——");
        out = fullWidthPunctuation(out);
        return chineseQuotes(out);
    }

    /** {@code (…)}, {@code (…）}, {@code （…)} and {@code 〈…)} become {@code （…）} when Han stands inside or beside. */
    private static String fullWidthParentheses(String text) {
        Matcher m = PAREN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            boolean hanBefore = m.start() > 0 && isHan(text.charAt(m.start() - 1));
            boolean hanAfter = m.end() < text.length() && isHan(text.charAt(m.end()));
            String inside = firstGroup(m);
            boolean hanInside = inside.codePoints().anyMatch(PunctuationRepair::isHan);
            String replacement = hanBefore || hanAfter || hanInside ? "（" + inside + "）" : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g < m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group(m.groupCount());
    }

    /**
     * An ASCII {@code )} after Han or a closing mark closes the paragraph's last open （ when that is at most
     * {@link #PAREN_REACH} characters back: a parenthesis spanning a line break ({@code （以下简称“账户\n管理系统”)}).
     */
    private static String closeOpenParentheses(String text) {
        StringBuilder sb = new StringBuilder(text);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (paragraphEnds(sb, i)) {
                open.clear();
            } else if (c == '（') {
                open.push(i);
            } else if (c == '）' && !open.isEmpty()) {
                open.pop();
            } else if (c == ')' && !open.isEmpty() && i - open.peek() <= PAREN_REACH && i > 0
                    && (isHan(sb.charAt(i - 1)) || "”》」。".indexOf(sb.charAt(i - 1)) >= 0)) {
                sb.setCharAt(i, '）');
                open.pop();
            }
        }
        return sb.toString();
    }

    private static String fullWidthPunctuation(String text) {
        Matcher m = ASCII_PUNCT_AFTER_HAN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            char c = m.group(1).charAt(0);
            m.appendReplacement(sb, String.valueOf((char) (c - '!' + '！')));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * ASCII double quotes next to Han become “ or ”, taking turns with the Chinese quotes around them in the paragraph,
     * so {@code 所称"开户登记证”} gives {@code 所称“开户登记证”}. A quote left open in its paragraph, with a ？ before
     * Han inside it, was closed by that ？ read for ” ({@code 提速“五化？进程} → {@code 提速“五化”进程}); a real question
     * inside quotes ends with ”. Chinese quotes are otherwise left as read.
     */
    private static String chineseQuotes(String text) {
        StringBuilder sb = new StringBuilder(text);
        int openAt = -1;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '“' || c == '”' || paragraphEnds(sb, i)) {
                if (openAt >= 0 && c != '”') {
                    closeAtQuestionMark(sb, openAt, i);
                }
                openAt = c == '“' ? i : -1;
            } else if (c == '"' && (i > 0 && isHan(sb.charAt(i - 1)) || i + 1 < sb.length() && isHan(sb.charAt(i + 1)))) {
                sb.setCharAt(i, openAt >= 0 ? '”' : '“');
                openAt = openAt >= 0 ? -1 : i;
            }
        }
        if (openAt >= 0) {
            closeAtQuestionMark(sb, openAt, sb.length());
        }
        return sb.toString();
    }

    /** Turns the first ？ followed by Han between the unclosed “ at {@code openAt} and {@code end} into ”. */
    private static void closeAtQuestionMark(StringBuilder sb, int openAt, int end) {
        for (int q = openAt + 1; q + 1 < end; q++) {
            if (sb.charAt(q) == '？' && isHan(sb.charAt(q + 1))) {
                sb.setCharAt(q, '”');
                return;
            }
        }
    }

    private static boolean paragraphEnds(CharSequence text, int i) {
        return text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
