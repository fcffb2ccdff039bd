package org.gongwen.register;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a 公文 text into paragraphs, sentences and clauses by offsets. A line break inside a sentence (a PDF page
 * break in "职\n\n业介绍") does not end it; a line break after 。！？；： or after a short heading line does.
 */
final class Sentences {
    /** A span of the text. */
    record Span(int start, int end) {
    }

    private static final String SENTENCE_END = "。！？!?";
    private static final String CLAUSE_END = "，,；;：:、。！？!?";

    private Sentences() {
    }

    /** Paragraphs: runs of lines ended by a line break that follows sentence-final punctuation. */
    static List<Span> paragraphs(String t) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n' && endsBlock(t, start, i)) {
                addTrimmed(t, start, i, out);
                start = i + 1;
            }
        }
        addTrimmed(t, start, t.length(), out);
        return out;
    }

    /** Sentences of a paragraph, ended by 。！？ (a ；-separated list of targets stays one sentence). */
    static List<Span> sentences(String t, Span paragraph) {
        List<Span> out = new ArrayList<>();
        int start = paragraph.start();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (SENTENCE_END.indexOf(t.charAt(i)) >= 0) {
                addTrimmed(t, start, i + 1, out);
                start = i + 1;
            }
        }
        addTrimmed(t, start, paragraph.end(), out);
        return out;
    }

    /** The clause around an offset: between the nearest clause punctuation on either side, within the sentence. */
    static Span clause(String t, Span sentence, int offset) {
        int s = offset;
        while (s > sentence.start() && CLAUSE_END.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        int e = offset;
        while (e < sentence.end() && CLAUSE_END.indexOf(t.charAt(e)) < 0) {
            e++;
        }
        return trim(t, s, e);
    }

    private static boolean endsBlock(String t, int lineStart, int newline) {
        int k = newline;
        while (k > lineStart && Character.isWhitespace(t.charAt(k - 1))) {
            k--;
        }
        if (k == lineStart) {
            return true;
        }
        char last = t.charAt(k - 1);
        if ("。！？；：!?;:”）)".indexOf(last) >= 0) {
            return true;
        }
        int lineBegin = t.lastIndexOf('\n', newline - 1) + 1;
        return newline - lineBegin < 30 && (newline + 1 < t.length() && t.charAt(newline + 1) == '\n')
                && lineBegin >= lineStart && looksLikeHeading(t.substring(lineBegin, newline).strip());
    }

    private static boolean looksLikeHeading(String line) {
        return line.matches("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.．、]|第[一二三四五六七八九十百]+[章节条]).*")
                || line.length() < 16;
    }

    private static void addTrimmed(String t, int s, int e, List<Span> out) {
        Span span = trim(t, s, e);
        if (span.end() > span.start()) {
            out.add(span);
        }
    }

    static Span trim(String t, int s, int e) {
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
