package org.gongwen.tag;

/**
 * The words around a number that bound or approximate it: 约 近 超过 不低于 不少于 不超过 达到 before it, 左右 以上 以下
 * 以内 多 余 after it. The words after are part of the figure's surface ("100 项左右"); those before only set its
 * comparator.
 */
final class Modifiers {
    private static final String[][] AFTER = {
            {"及以上", ">="}, {"以上", ">="}, {"以下", "<="}, {"以内", "<="}, {"之内", "<="}, {"左右", "~"}, {"上下", "~"}};
    private static final String[][] BEFORE = {
            {"不低于", ">="}, {"不少于", ">="}, {"不小于", ">="}, {"至少", ">="}, {"达到", ">="}, {"不超过", "<="},
            {"不高于", "<="}, {"不多于", "<="}, {"不大于", "<="}, {"控制在", "<="}, {"最多", "<="}, {"超过", ">"},
            {"高于", ">"}, {"多于", ">"}, {"大于", ">"}, {"突破", ">"}, {"逾", ">"}, {"超", ">"}, {"低于", "<"},
            {"少于", "<"}, {"小于", "<"}, {"不足", "<"}, {"不到", "<"}, {"大约", "~"}, {"约", "~"}, {"将近", "~"},
            {"接近", "~"}, {"近", "~"}};

    private Modifiers() {
    }

    static void after(String t, FigureTagger.Fig f) {
        int k = NumberReader.skipSpaces(t, f.end);
        if (!f.flags.contains("approx") && k < t.length() && (t.charAt(k) == '多' || t.charAt(k) == '余')
                && f.hasUnit) {
            f.flags.add("approx");
            f.end = k + 1;
            k = NumberReader.skipSpaces(t, f.end);
        }
        for (String[] w : AFTER) {
            if (Units.startsWith(t, k, w[0]) && !(w[0].equals("上下") && Units.startsWith(t, k, "上下游"))) {
                f.comparator = w[1];
                if (w[1].equals("~")) {
                    f.flags.add("approx");
                }
                f.postModified = true;
                f.end = k + w[0].length();
                return;
            }
        }
    }

    static void before(String t, FigureTagger.Fig f) {
        int k = f.start;
        while (k > 0 && NumberReader.isSpace(t.charAt(k - 1))) {
            k--;
        }
        for (String[] w : BEFORE) {
            if (Units.startsWith(t, k - w[0].length(), w[0])) {
                if (f.comparator == null) {
                    f.comparator = w[1];
                }
                if (w[1].equals("~")) {
                    f.flags.add("approx");
                }
                return;
            }
        }
    }

    /** The length of a range connector at k (— – - ～ 至 到), 0 when none. */
    static int rangeConnector(String t, int k) {
        if (k >= t.length()) {
            return 0;
        }
        if (Units.startsWith(t, k, "——")) {
            return 2;
        }
        return switch (t.charAt(k)) {
            case '—', '–', '-', '－', '~', '～', '〜', '至', '到' -> 1;
            default -> 0;
        };
    }
}
