package org.gongwen.normalize;

import java.util.regex.Pattern;

/**
 * Decides whether two consecutive lines belong to one paragraph (a break made by layout or a page break: "职⏎⏎业介绍",
 * "30⏎00万元") or are separate paragraphs. A line that ends a sentence, a heading, a title or a lead-in ("：") ends its
 * paragraph; a line that starts with a heading or list marker starts a new one; otherwise the previous line must be
 * full: as wide as the layout's wrap width, or, without one, long enough to be running text. Where the text marks
 * paragraph starts with a first-line indent (OCR of 公文 pages, typed text with hard line breaks), an indented line
 * starts a paragraph even after a full line (a heading that fills its line exactly).
 */
final class LineJoiner {
    private static final Pattern MARKER = Pattern.compile(
            "^(第[一二三四五六七八九十百零〇两]+[编章节条]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]"
                    + "|\\d+[.．、﹒](?!\\d)|[（(]\\d+[）)]|[①-⑳]|[一二三四五六七八九十]+是|附件|专栏|抄送|主送|签发人)");
    private static final Pattern STANDALONE = Pattern.compile(
            "^[（(]?(\\d{4}|[一二三四五六七八九〇○Ｏ零]{4})\\s?年.{1,6}日[）)]?$|.*文件$|^[（(].*[）)]$");
    private static final Pattern TITLE_END = Pattern.compile(
            ".*(通知|意见|决定|决议|命令|公报|公告|通告|通报|报告|请示|批复|议案|函|纪要|讲话|办法|规定|条例|细则|规则|方案|号)"
                    + "([（(][^（）()]{0,40}[）)]){0,2}$");
    private static final Pattern DOC_NUMBER_TAIL = Pattern.compile("^第?\\s?\\d{1,5}\\s?号.*");
    private static final String TERMINATORS = "。！？；：!?;:…";
    private static final int RUNNING_TEXT = 40;

    /** Above this share of indented lines, indents say nothing (every line indented, one paragraph per line). */
    private static final double MAX_INDENTED_SHARE = 0.6;

    private final int wrapWidth;
    private final boolean indentsMarkParagraphs;

    LineJoiner(int wrapWidth, boolean indentsMarkParagraphs) {
        this.wrapWidth = wrapWidth;
        this.indentsMarkParagraphs = indentsMarkParagraphs;
    }

    /**
     * Whether indents tell paragraph starts apart from continuation lines: some lines are indented, and enough are
     * not that the unindented ones can be continuations.
     */
    static boolean indentsMarkParagraphs(java.util.List<Line> lines) {
        long indented = lines.stream().filter(Line::indented).count();
        return indented > 0 && indented <= lines.size() * MAX_INDENTED_SHARE;
    }

    boolean joins(Line prev, Line next) {
        String p = prev.string();
        String n = next.string();
        char last = p.charAt(p.length() - 1);
        if (isBracketClose(last) && DOC_NUMBER_TAIL.matcher(n).matches()) {
            return true; // 云产改办〔2022〕⏎16号
        }
        if (endsParagraph(p, last) || MARKER.matcher(n).lookingAt() || STANDALONE.matcher(n).matches()
                || STANDALONE.matcher(p).matches() || indentsMarkParagraphs && next.indented()) {
            return false;
        }
        if (wrapWidth > 0) {
            return prev.width() >= wrapWidth - 3;
        }
        return prev.width() >= RUNNING_TEXT && !isHeading(p) && !TITLE_END.matcher(p).matches();
    }

    private static boolean endsParagraph(String p, char last) {
        if (TERMINATORS.indexOf(last) >= 0) {
            return true;
        }
        if ((last == '”' || last == '’' || last == '）' || last == ')') && p.length() > 1) {
            return TERMINATORS.indexOf(p.charAt(p.length() - 2)) >= 0;
        }
        return false;
    }

    /** A marker line without a sentence end inside: "一、充分把握…的信心". */
    private static boolean isHeading(String p) {
        if (!MARKER.matcher(p).lookingAt()) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if ("。！？；".indexOf(p.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBracketClose(char c) {
        return "〕]］)）】﹞".indexOf(c) >= 0;
    }

    /** Whether joining needs a space: two Latin words. */
    static boolean needsSpace(char before, char after) {
        return isLatin(before) && isLatin(after);
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
