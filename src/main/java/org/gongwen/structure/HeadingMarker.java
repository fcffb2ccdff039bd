package org.gongwen.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering that opens a 正文 heading, GB/T 9704-2012 §7.3.3 (一、 （一） 1. （1）) and the real-world variants
 * (1﹒ 1． 1、, 第一编/章/节/条, ①, 一是, 专栏). Each kind has a rank: a smaller rank is a higher level.
 */
enum HeadingMarker {
    PART("^第[一二三四五六七八九十百零〇两]+编", -4, false),
    CHAPTER("^第[一二三四五六七八九十百零〇两]+章", -3, false),
    SECTION("^第[一二三四五六七八九十百零〇两]+节", -2, false),
    ARTICLE("^第[一二三四五六七八九十百零〇两]+条", -1, false),
    COLUMN("^专栏\\s?[0-9一二三四五六七八九十]*", 0, true),
    CN("^[一二三四五六七八九十]+[、．.]", 1, false),
    PAREN_CN("^[（(][一二三四五六七八九十]+[）)]", 2, false),
    NUMBER("^\\d{1,2}[.．、﹒](?![\\d])", 3, false),
    PAREN_NUMBER("^[（(]\\d{1,2}[）)]", 4, false),
    CIRCLED("^[①-⑳]", 5, false),
    SHI("^[一二三四五六七八九十]+是", 6, true);

    private final Pattern pattern;
    private final int rank;
    private final boolean headingOnlyWhenShort;

    HeadingMarker(String regex, int rank, boolean headingOnlyWhenShort) {
        this.pattern = Pattern.compile(regex);
        this.rank = rank;
        this.headingOnlyWhenShort = headingOnlyWhenShort;
    }

    int rank() {
        return rank;
    }

    /**
     * A heading found at the start of a line.
     *
     * @param kind    the marker kind
     * @param marker  the numbering as printed ("（三）")
     * @param heading the heading text without the marker; "" for a 条 without a title
     * @param rest    running text after a run-in heading ("（一）只有坚持党的领导，…。党的领导是…" → the text after the first
     *                sentence), "" when none
     */
    record Match(HeadingMarker kind, String marker, String heading, String rest, int restOffset) {
    }

    /**
     * The heading this line opens, or null. 一是 and 专栏 open a heading only when the line is a short heading on its
     * own; "三是技能素质不断提升。全省…" is a paragraph.
     */
    static Match match(String line) {
        for (HeadingMarker kind : values()) {
            Matcher m = kind.pattern.matcher(line);
            if (m.find()) {
                return kind.split(line, m.end());
            }
        }
        return null;
    }

    private Match split(String line, int markerEnd) {
        String marker = line.substring(0, markerEnd);
        int bodyStart = markerEnd;
        while (bodyStart < line.length() && Character.isWhitespace(line.charAt(bodyStart))) {
            bodyStart++;
        }
        String body = line.substring(bodyStart);
        if (this == ARTICLE) {
            return new Match(this, marker, "", body, bodyStart);
        }
        int sentenceEnd = firstSentenceEnd(body);
        if (headingOnlyWhenShort && (body.length() > 40 || (sentenceEnd >= 0 && sentenceEnd < body.length() - 1))) {
            return null;
        }
        if (sentenceEnd < 0) {
            return new Match(this, marker, body, "", line.length());
        }
        String rest = body.substring(sentenceEnd + 1).strip();
        int restOffset = rest.isEmpty() ? line.length() : line.indexOf(rest, bodyStart + sentenceEnd + 1);
        return new Match(this, marker, body.substring(0, sentenceEnd), rest, restOffset);
    }

    private static int firstSentenceEnd(String body) {
        for (int i = 0; i < body.length(); i++) {
            if ("。！？；：".indexOf(body.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
