package org.gongwen.model;

import java.util.List;
import java.util.Objects;

/**
 * A node of the 正文 heading tree (GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）, and the real-world variants
 * 第一章, 第一条, 一是, 专栏). The root of a body is a level-0 section without heading.
 *
 * @param id         a stable anchor id, e.g. {@code s2-3} for the third child of the second top-level section
 * @param level      1 for 一、/第一章, 2 for （一）/第一条 under chapters, and so on; 0 for the root
 * @param marker     the numbering as printed ("一、", "（三）", "第十条"), "" for the root
 * @param heading    the heading text without its marker ("" for the root or a 条 without a title)
 * @param paragraphs paragraphs directly under this heading, before its first child
 * @param children   sub-sections
 * @param start      start of the heading (or first paragraph) in the record's text
 * @param end        end of the section's last paragraph
 */
public record Section(String id, int level, String marker, String heading, List<Paragraph> paragraphs,
                      List<Section> children, int start, int end) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
    }
}
