package org.gongwen.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Finds the 标题 after the 版头: possibly wrapped over lines ("关于印发…研修班上的讲话⏎的通知"), possibly preceded by a
 * line of joint organs ("中国人民银行 国家金融监督管理总局⏎关于…"), possibly glued by the source to the 主送机关 or the
 * first paragraph ("…的通知中国人民银行上海总部，各分行…："), which is split off at the 文种 word that ends the title.
 */
final class TitleFinder {
    private static final int MAX_LINES = 4;
    private static final int LONG = 60;
    private static final Pattern CONTINUATION = Pattern.compile("^[的》”）)及和与之暨].*");
    private static final String NOT_AFTER_TITLE = "的》”’）)及和与之暨、（(";

    private TitleFinder() {
    }

    static TitleBlock find(List<TextLine> lines, int from, PortalTable portal,
                           BiFunction<Integer, Integer, List<String>> organSplitter) {
        int i = from;
        while (i < lines.size() && portal.lines.get(i)) {
            i++;
        }
        if (i >= lines.size()) {
            return null;
        }
        List<TextLine> block = new ArrayList<>();
        StringBuilder acc = new StringBuilder();
        TextLine first = lines.get(i);
        if (Organs.looksLikeOrganLine(first.text()) && !first.text().contains("关于") && i + 1 < lines.size()
                && lines.get(i + 1).text().startsWith("关于")) {
            block.add(first);
            acc.append(first.text().strip()).append(' ');
            i++;
        }
        while (i < lines.size() && block.size() < MAX_LINES && !portal.lines.get(i)) {
            TextLine l = lines.get(i);
            if (!block.isEmpty() && !continues(acc.toString(), l.text())) {
                break;
            }
            block.add(l);
            acc.append(l.text());
            i++;
            if (acc.length() > LONG || (endsTitle(acc.toString()) && !(i < lines.size()
                    && wrapsOn(acc.toString(), lines.get(i).text())))) {
                break;
            }
        }
        return build(block, acc.toString(), i, organSplitter);
    }

    /** "…可疑交易报告⏎要素及释义的通知": a title line ending in a 文种 word that the next short line continues. */
    private static boolean wrapsOn(String acc, String next) {
        String t = next.strip();
        if (CONTINUATION.matcher(t).matches()) {
            return true;
        }
        if (!t.startsWith("关于") && !t.contains("。") && gluedSplit(acc + t, acc.length()) > acc.length()) {
            return true;
        }
        return t.length() <= 30 && !t.startsWith("关于") && !t.endsWith("：") && !t.contains("。")
                && DateParser.whole(t) == null && HeadingMarker.match(t) == null && DocNumberParser.whole(t) == null
                && DocTypes.of(acc + t) != null && !Organs.isComplete(t);
    }

    private static boolean continues(String acc, String next) {
        String t = next.strip();
        if (endsTitle(acc) && !wrapsOn(acc, t)) {
            return false;
        }
        if (acc.endsWith("：") || t.contains("。") || gluedSplit(acc, 0) >= 0) {
            return false; // the title already ended in recipients or glued text; running text never continues one
        }
        return !acc.contains("。") && DateParser.whole(t) == null && HeadingMarker.match(t) == null
                && DocNumberParser.whole(t) == null && !(t.endsWith("：") && t.matches(".*[，、；].*"))
                && t.length() <= LONG;
    }

    private static boolean endsTitle(String acc) {
        return DocTypes.of(acc) != null;
    }

    private static TitleBlock build(List<TextLine> block, String acc, int next,
                                    BiFunction<Integer, Integer, List<String>> organSplitter) {
        if (block.isEmpty()) {
            return null;
        }
        TextLine last = block.get(block.size() - 1);
        int lastStartInAcc = acc.length() - last.text().length();
        int split = gluedSplit(acc, lastStartInAcc);
        String titleText = split < 0 ? acc : acc.substring(0, split);
        int firstSentence = titleText.indexOf('。');
        if (firstSentence >= 0 || (!titleText.contains("关于") && DocTypes.of(titleText) == null)) {
            return null; // running text, not a title
        }
        List<String> recipients = List.of();
        TextLine firstBody = null;
        int end = last.end();
        if (split >= 0) {
            String rest = acc.substring(split);
            int restStart = last.start() + (split - lastStartInAcc);
            end = restStart;
            if (rest.endsWith("：") && !rest.contains("。")) {
                recipients = splitRecipients(rest);
            } else {
                firstBody = new TextLine(rest, restStart, last.end());
            }
        }
        List<String> organs = organs(block, titleText, organSplitter);
        return new TitleBlock(titleText.replaceAll("\\s+", ""), block.get(0).start(), end, organs, recipients,
                firstBody, next);
    }

    /**
     * Where a title glued to following text ends: after a 文种 word outside 《》, not followed by 的/》/及…, with no
     * other 文种 word before the next punctuation ("…可疑交易报告要素及释义的通知中国人民银行上海总部，…" ends at 通知).
     * Returns -1 when the text ends with its title.
     */
    static int gluedSplit(String acc, int from) {
        List<int[]> candidates = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < acc.length(); i++) {
            char c = acc.charAt(i);
            if (c == '《' || c == '“' || c == '（' || c == '(') {
                depth++;
            } else if ((c == '》' || c == '”' || c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && DocTypes.typeWordEndingAt(acc, i + 1) > 0 && acc.substring(0, i + 1).contains("关于")
                    && (i + 1 == acc.length() || NOT_AFTER_TITLE.indexOf(acc.charAt(i + 1)) < 0)) {
                candidates.add(new int[] {i + 1, numberAfter(acc, i + 1)});
            }
        }
        for (int k = 0; k < candidates.size(); k++) {
            int end = candidates.get(k)[1];
            if (end <= from || end >= acc.length()) {
                continue;
            }
            int punct = nextPunctuation(acc, end);
            boolean laterBeforePunct = k + 1 < candidates.size() && candidates.get(k + 1)[0] <= punct;
            if (!laterBeforePunct) {
                return end;
            }
        }
        return -1;
    }

    private static int nextPunctuation(String acc, int from) {
        for (int i = from; i < acc.length(); i++) {
            if ("，。；：、,;:".indexOf(acc.charAt(i)) >= 0) {
                return i;
            }
        }
        return acc.length();
    }

    /** Past a 发文字号 printed in brackets right after the title: "…的通知（银发〔2025〕205号）". */
    private static int numberAfter(String acc, int end) {
        if (end < acc.length() && (acc.charAt(end) == '（' || acc.charAt(end) == '(')) {
            int close = acc.indexOf(acc.charAt(end) == '（' ? '）' : ')', end);
            if (close > 0 && close - end < 40 && DocNumberParser.find(acc.substring(end, close + 1)) != null) {
                return close + 1;
            }
        }
        return end;
    }

    private static List<String> organs(List<TextLine> block, String titleText,
                                       BiFunction<Integer, Integer, List<String>> organSplitter) {
        int about = titleText.indexOf("关于");
        if (about <= 0) {
            return List.of();
        }
        TextLine first = block.get(0);
        int prefixEnd = Math.min(about, first.text().length());
        String prefix = first.text().substring(0, prefixEnd).strip();
        if (prefix.isEmpty() || prefix.length() > 80) {
            return List.of();
        }
        return organSplitter.apply(first.start(), first.start() + first.text().indexOf(prefix) + prefix.length());
    }

    static List<String> splitRecipients(String line) {
        String t = line.strip();
        if (t.endsWith("：") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String part : t.split("[，、；,;]")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
