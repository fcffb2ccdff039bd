package org.gongwen.tag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;

/**
 * 发文字号 in any bracket variant, canonicalised to 机关代字〔YYYY〕N号: "云产改办 [2022] 16 号" → 云产改办〔2022〕16号,
 * "国办发(2022)5号" → 国办发〔2022〕5号; 第 is kept where printed (公告〔2025〕第21号), and 国令第707号 stands as is.
 */
final class DocNumberTagger {
    private static final String OPEN = "〔［[【（(｛{";
    /** The part from the opening bracket on, matched only where a bracket is (fast on long texts). */
    private static final Pattern BRACKETED = Pattern.compile(
            "[〔［\\[【（(｛{]\\s*((?:19|20)\\d{2})\\s*[〕］\\]】）)｝}][ \\u3000]*(第?)[ \\u3000]*(\\d{1,5})[ \\u3000]*号");
    private static final Pattern DECREE = Pattern.compile("([\\p{IsHan}]{0,8}令)[ \\u3000]*第[ \\u3000]*(\\d{1,5})[ \\u3000]*号");
    /** Words that come before a 发文字号 in running text but are not part of its 机关代字. */
    private static final Pattern LEAD = Pattern.compile(
            "^.*(根据|依据|按照|参照|参见|印发|转发|执行|落实|贯彻|关于|详见|文件|和|及|与|或|的|是|将|对|在)");

    void tag(String t, Claims claims, List<Entity> out) {
        Matcher m = BRACKETED.matcher(t);
        for (int i = 1; i < t.length(); i++) {
            if (OPEN.indexOf(t.charAt(i)) < 0 || !m.region(i, t.length()).lookingAt()) {
                continue;
            }
            int codeEnd = i;
            while (codeEnd > 0 && NumberReader.isSpace(t.charAt(codeEnd - 1))) {
                codeEnd--;
            }
            int start = codeEnd;
            while (start > 0 && codeEnd - start < 12 && Character.isIdeographic(t.charAt(start - 1))) {
                start--;
            }
            if (start == codeEnd) {
                continue;
            }
            String code = t.substring(start, codeEnd);
            Matcher lead = LEAD.matcher(code);
            if (lead.find() && lead.end() < code.length()) {
                start += lead.end();
                code = code.substring(lead.end());
            }
            if (code.length() > 10) {
                start += code.length() - 10;
                code = code.substring(code.length() - 10);
            }
            add(t, start, m.end(), code + "〔" + m.group(1) + "〕" + m.group(2) + m.group(3) + "号", claims, out);
            i = m.end() - 1;
        }
        if (t.indexOf('令') < 0) {
            return;
        }
        Matcher d = DECREE.matcher(t);
        while (d.find()) {
            if (claims.isFree(d.start(), d.end()) && !d.group(1).isEmpty()) {
                add(t, d.start(), d.end(), d.group(1) + "第" + d.group(2) + "号", claims, out);
            }
        }
    }

    private static void add(String t, int start, int end, String value, Claims claims, List<Entity> out) {
        out.add(new Entity("docnumber", t.substring(start, end), start, end, EntityValue.of(value), null, null, null,
                List.of(), null));
        claims.claim(start, end);
    }
}
