package org.gongwen.tag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;

/**
 * 《…》 titles, with the 发文字号 in brackets right after them when present: "《云南省技能强省行动计划》（云政发〔2021〕3号）"
 * is one citation whose value is the title. Runs right after {@link DocNumberTagger} and claims the whole span, so the
 * years and numbers inside a title are not read as dates or figures.
 */
final class CitationTagger {
    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{1,120})》");

    void tag(String t, Claims claims, List<Entity> out) {
        Matcher m = TITLE.matcher(t);
        while (m.find()) {
            int end = m.end();
            int k = NumberReader.skipSpaces(t, end);
            if (k < t.length() && (t.charAt(k) == '（' || t.charAt(k) == '(')) {
                int close = closing(t, k);
                if (close > 0 && !claims.isFree(k, close)) {
                    end = close;
                }
            }
            out.add(new Entity("citation", t.substring(m.start(), end), m.start(), end,
                    EntityValue.of(m.group(1).replaceAll("\\s+", "")), null, null, null, List.of(), null));
            claims.claim(m.start(), end);
        }
    }

    private static int closing(String t, int open) {
        for (int i = open + 1; i < t.length() && i < open + 40; i++) {
            char c = t.charAt(i);
            if (c == '）' || c == ')') {
                return i + 1;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
