package org.gongwen.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the metadata table that gov.cn-style portals print above a document (索引号, 主题分类, 发文机关, 成文日期,
 * 标题, 发文字号, 发布日期 …), in the layouts portals use: a label cell followed by a value cell
 * ({@code <td><b>发文字号：</b></td><td>国发〔2024〕1号</td>}), a bold label followed by its value in the same
 * element ({@code <li><b>发文字号：</b>国发〔2024〕1号</li>}), or "label：value" in one element. Keys are the
 * printed labels without spaces ("索 引 号" → 索引号); the first occurrence of a label wins.
 */
final class PortalMetadataReader {
    static final List<String> LABELS = List.of("索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号",
            "发布日期", "发布机构", "主题词", "文号", "有效性", "生效日期", "废止日期", "体裁分类", "公文种类",
            "信息来源", "组配分类", "时效");
    private static final int MAX_VALUE = 300;
    private static final int MAX_SIBLINGS = 3;

    private PortalMetadataReader() {
    }

    /** The labelled values found outside {@code content} (the document body is never searched). */
    static Map<String, String> read(Document document, Element content) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Element element : document.body() == null ? List.<Element>of() : document.body().getAllElements()) {
            if (content != null && element != content && isInside(element, content)) {
                continue;
            }
            String own = squeeze(element.ownText());
            String label = labelAtStart(own);
            if (label == null || metadata.containsKey(label)) {
                continue;
            }
            String value = valueFor(element, own, label);
            if (!value.isEmpty() && value.length() <= MAX_VALUE) {
                metadata.put(label, value);
            }
        }
        return metadata;
    }

    private static String valueFor(Element element, String own, String label) {
        if (!stripColon(own.substring(label.length())).isEmpty()) {
            return afterColon(element.children().isEmpty() ? element.text() : element.ownText());
        }
        String after = textAfter(element);
        if (!after.isEmpty()) {
            return after;
        }
        Element next = element.nextElementSibling();
        if (next == null && element.parent() != null && element.parent().childrenSize() == 1) {
            next = element.parent().nextElementSibling();
        }
        return next == null || labelAtStart(squeeze(next.text())) != null ? "" : clean(next.text());
    }

    /**
     * Text following the label element up to the next label: {@code <li><b>文号：</b>银发〔2024〕1号</li>} or
     * {@code <tr><td>文号：</td><td>银发〔2024〕1号</td><td>发布日期：</td>…}.
     */
    private static String textAfter(Element label) {
        StringBuilder after = new StringBuilder();
        int seen = 0;
        for (Node node = label.nextSibling(); node != null && seen < MAX_SIBLINGS; node = node.nextSibling()) {
            if (node instanceof Element element) {
                if (labelAtStart(squeeze(element.text())) != null) {
                    break;
                }
                after.append(element.text());
                seen++;
            } else if (node instanceof TextNode text) {
                after.append(text.text());
            }
        }
        return clean(after.toString());
    }

    private static String clean(String text) {
        return text.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    }

    private static String afterColon(String text) {
        String cleaned = clean(text);
        int colon = indexOfColon(cleaned);
        return colon < 0 ? cleaned : cleaned.substring(colon + 1).strip();
    }

    private static int indexOfColon(String text) {
        int ascii = text.indexOf(':');
        int wide = text.indexOf('：');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    private static String labelAtStart(String own) {
        for (String label : LABELS) {
            if (own.startsWith(label)) {
                String rest = own.substring(label.length());
                if (rest.isEmpty() || rest.charAt(0) == '：' || rest.charAt(0) == ':') {
                    return label;
                }
            }
        }
        return null;
    }

    private static String stripColon(String text) {
        return text.replaceFirst("^[：:]", "").strip();
    }

    /** Own text without any kind of space, so "索 引 号：" and "标　　题：" match their labels. */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\u00a0\u3000]+", "");
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element p = element.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
