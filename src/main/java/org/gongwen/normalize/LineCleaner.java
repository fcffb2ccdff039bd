package org.gongwen.normalize;

/**
 * Cleans one physical line: safe NFKC folding, invisible characters and Markdown emphasis removed, and the spaces
 * that PDF and OCR put between Han characters removed ("产业工人队伍 建设改革" → "产业工人队伍建设改革", "到 2025 年" →
 * "到2025年"). A gap of two or more spaces (or an ideographic space) is a layout gap and stays as one space
 * ("中国人民银行  行  长  潘功胜" → "中国人民银行 行长 潘功胜"); spaces between Latin words or numbers stay.
 */
final class LineCleaner {
    private final boolean markdown;
    private char[] chars = new char[256];
    private int[] offs = new int[256];

    LineCleaner(boolean markdown) {
        this.markdown = markdown;
    }

    /** Appends the cleaned form of {@code source[start, end)} to a new builder. */
    TextBuilder clean(String source, int start, int end) {
        int n = collect(source, start, end);
        TextBuilder out = new TextBuilder(n);
        int i = 0;
        while (i < n && Chars.isSpace(chars[i])) {
            i++;
        }
        while (i < n) {
            int tokenStart = i;
            while (i < n && !Chars.isSpace(chars[i])) {
                out.append(chars[i], offs[i]);
                i++;
            }
            int gapStart = i;
            while (i < n && Chars.isSpace(chars[i])) {
                i++;
            }
            if (i < n && keepGap(tokenStart, gapStart, i)) {
                out.append(' ', offs[gapStart]);
            }
        }
        return out;
    }

    /** Whether the gap {@code [gapStart, next)} after the token starting at {@code tokenStart} is meaningful. */
    private boolean keepGap(int tokenStart, int gapStart, int next) {
        char before = chars[gapStart - 1];
        char after = chars[next];
        boolean cjk = Chars.isCjk(before) || Chars.isCjk(after);
        boolean single = next - gapStart == 1 && chars[gapStart] != '\u3000';
        boolean numberBesideHan = (Chars.isCjk(before) && isDigit(after)) || (isDigit(before) && Chars.isCjk(after));
        if ((cjk && single) || numberBesideHan) {
            return false;
        }
        // letter-spaced words ("行  长", "总  则"): both neighbours are one-character Han tokens
        boolean letterSpaced = gapStart - tokenStart == 1 && Chars.isHan(before) && Chars.isHan(after)
                && (next + 1 >= collected || Chars.isSpace(chars[next + 1]));
        return !letterSpaced;
    }

    private int collected;

    /** Folds, drops invisibles and emphasis markers into {@link #chars}; returns the count. */
    private int collect(String source, int start, int end) {
        ensure(end - start);
        int n = 0;
        int i = start;
        if (markdown) {
            i = skipMarkdownHeading(source, i, end);
        }
        for (; i < end; i++) {
            char c = source.charAt(i);
            if (Chars.isInvisible(c) || c == '\r') {
                continue;
            }
            if ((c == '*' || c == '_') && i + 1 < end && source.charAt(i + 1) == c) {
                i++; // Markdown emphasis (**粗体**, __粗体__) carries no text
                continue;
            }
            chars[n] = Chars.fold(c);
            offs[n++] = i;
        }
        collected = n;
        return n;
    }

    private static int skipMarkdownHeading(String source, int i, int end) {
        int j = i;
        while (j < end && source.charAt(j) == '#') {
            j++;
        }
        return j > i && j < end && source.charAt(j) == ' ' ? j + 1 : i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void ensure(int size) {
        if (chars.length < size) {
            chars = new char[size * 2];
            offs = new int[size * 2];
        }
    }
}
