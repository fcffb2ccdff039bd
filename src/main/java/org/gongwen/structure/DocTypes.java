package org.gongwen.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 文种 of a title, from the word that ends it (《党政机关公文处理工作条例》 art. 8 lists 15): 指导意见/实施意见 → 意见,
 * 复函 → 函, 命令 → 令. Documents outside the 15 keep their own word (讲话, 建议, 条例, 办法 …); a 令 whose title names
 * the regulation it issues ("中国人民银行令〔2025〕第4号（…管理办法）") takes the regulation's word.
 */
final class DocTypes {
    /** Longest first, so that 指导意见 wins over 意见 and 命令 over 令. */
    private static final List<String[]> WORDS = List.of(
            new String[] {"指导意见", "意见"}, new String[] {"实施意见", "意见"}, new String[] {"若干意见", "意见"},
            new String[] {"答记者问", "答记者问"}, new String[] {"复函", "函"}, new String[] {"命令", "令"},
            new String[] {"决议", "决议"}, new String[] {"决定", "决定"}, new String[] {"公报", "公报"},
            new String[] {"公告", "公告"}, new String[] {"通告", "通告"}, new String[] {"意见", "意见"},
            new String[] {"通知", "通知"}, new String[] {"通报", "通报"}, new String[] {"报告", "报告"},
            new String[] {"请示", "请示"}, new String[] {"批复", "批复"}, new String[] {"议案", "议案"},
            new String[] {"纪要", "纪要"}, new String[] {"讲话", "讲话"}, new String[] {"建议", "建议"},
            new String[] {"条例", "条例"}, new String[] {"办法", "办法"}, new String[] {"规定", "规定"},
            new String[] {"细则", "细则"}, new String[] {"规则", "规则"}, new String[] {"方案", "方案"},
            new String[] {"规划", "规划"}, new String[] {"纲要", "纲要"}, new String[] {"指引", "指引"},
            new String[] {"指南", "指南"}, new String[] {"章程", "章程"}, new String[] {"准则", "准则"},
            new String[] {"致辞", "致辞"}, new String[] {"说明", "说明"}, new String[] {"函", "函"},
            new String[] {"令", "令"});
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(](试行|暂行|修订|修正|草案|征求意见稿|[^（）()]*号)[）)]$");
    private static final Pattern ORDER_TITLE = Pattern.compile(".*(令|公告).*〔?\\d*〕?第?\\d+号\\s*[（(](.+)[）)]$");

    private DocTypes() {
    }

    /** The 文种 of the title, or null when its last word names none. */
    static String of(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        Matcher order = ORDER_TITLE.matcher(t);
        if (order.matches()) {
            String inner = of(order.group(2));
            return inner == null ? order.group(1) : inner;
        }
        t = TRAILING_NOTE.matcher(t).replaceAll("").strip();
        for (String[] w : WORDS) {
            if (t.endsWith(w[0])) {
                return w[1];
            }
        }
        return null;
    }

    /** Whether a word ending at {@code end} of {@code text} names a 文种 (for finding where a glued title stops). */
    static int typeWordEndingAt(String text, int end) {
        for (String[] w : WORDS) {
            int start = end - w[0].length();
            if (start >= 0 && text.startsWith(w[0], start) && !"令".equals(w[0])) {
                return w[0].length();
            }
        }
        return 0;
    }
}
