package org.gongwen.structure;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gov.cn-style metadata table (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期 …), from the reader's
 * metadata or, for pages pasted as text, from "标签：" lines at the top of the text ("标题：⏎中国人民银行关于…").
 */
final class PortalTable {
    static final Set<String> LABELS = Set.of("标题", "名称", "索引号", "主题分类", "发文机关", "成文日期", "发文字号", "文号",
            "发布日期", "公文种类", "生效日期", "失效日期", "主题词", "发布机构", "有效性", "时效");
    private static final int SCAN = 60;

    final Map<String, String> values = new LinkedHashMap<>();
    final BitSet lines = new BitSet();

    private PortalTable() {
    }

    static PortalTable read(List<TextLine> lines, Map<String, String> metadata) {
        PortalTable table = new PortalTable();
        table.values.putAll(metadata);
        table.readText(lines);
        return table;
    }

    private void readText(List<TextLine> lines) {
        Map<String, String> found = new LinkedHashMap<>();
        BitSet used = new BitSet();
        String label = null;
        int continuation = 0;
        boolean bare = false;
        for (int i = 0; i < Math.min(lines.size(), SCAN); i++) {
            String t = lines.get(i).text().strip();
            String l = labelOf(t);
            if (l != null) {
                label = l;
                continuation = 0;
                used.set(i);
                String value = t.substring(t.indexOf(l) + l.length() + 1).strip();
                bare = value.isEmpty();
                found.merge(label, value, PortalTable::append);
            } else if (label != null && t.length() <= 80 && continuation < limit(label, bare)) {
                used.set(i);
                continuation++;
                found.merge(label, t, PortalTable::append);
            } else if (label != null) {
                break;
            }
        }
        if (found.size() >= 2) {
            found.forEach((k, v) -> {
                if (!v.isBlank()) {
                    values.putIfAbsent(k, v);
                }
            });
            this.lines.or(used);
        }
    }

    /** A bare label takes the next line as its value; a title may wrap onto a second line. */
    private static int limit(String label, boolean empty) {
        return ("标题".equals(label) || "名称".equals(label)) ? (empty ? 2 : 0) : (empty ? 1 : 0);
    }

    private static String append(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    private static String labelOf(String line) {
        int colon = Math.max(line.indexOf('：'), line.indexOf(':'));
        if (colon < 2 || colon > 5) {
            return null;
        }
        String label = line.substring(0, colon);
        return LABELS.contains(label) ? label : null;
    }

    String get(String... labels) {
        for (String l : labels) {
            String v = values.get(l);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
