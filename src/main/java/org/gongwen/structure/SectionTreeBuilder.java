package org.gongwen.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.gongwen.model.Paragraph;
import org.gongwen.model.Section;

/**
 * Builds the heading tree of a body from its lines. Levels follow the nesting actually printed: a marker of a
 * higher rank (一、 above （一） above 1. above （1）; 第一章 above 第一条) closes deeper sections, one of a lower rank
 * opens a child. Ids are stable anchors: {@code s1}, {@code s1-2} (second child of the first top-level section);
 * parts and attachments use their own prefix ({@code p1-s1}, {@code a2-s1}).
 */
final class SectionTreeBuilder {
    private static final int ROOT_RANK = Integer.MIN_VALUE;
    /** A 专栏 (box) sits inside the current section, closes nothing and is closed by the next heading of any kind. */
    private static final int COLUMN_RANK = Integer.MAX_VALUE;

    private SectionTreeBuilder() {
    }

    /** The root (level 0) section of the given body lines; null when there are none. */
    static Section build(List<TextLine> lines, String idPrefix) {
        if (lines.isEmpty()) {
            return null;
        }
        Node root = new Node(ROOT_RANK, 0, idPrefix + "0", "", "", lines.get(0).start());
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        for (TextLine line : lines) {
            HeadingMarker.Match m = HeadingMarker.match(line.text());
            if (m == null) {
                stack.peek().add(new Paragraph(line.text(), line.start(), line.end()));
                continue;
            }
            boolean column = m.kind() == HeadingMarker.COLUMN;
            while (column ? stack.peek().rank == COLUMN_RANK : stack.peek().rank >= m.kind().rank()) {
                stack.pop();
            }
            Node parent = stack.peek();
            String id = parent == root ? idPrefix + (parent.children.size() + 1)
                    : parent.id + "-" + (parent.children.size() + 1);
            Node node = new Node(column ? COLUMN_RANK : m.kind().rank(), stack.size(), id, m.marker(), m.heading(), line.start());
            node.end = line.end();
            parent.children.add(node);
            stack.push(node);
            if (!m.rest().isEmpty()) {
                node.add(new Paragraph(m.rest(), line.start() + m.restOffset(), line.end()));
            }
        }
        return root.toSection();
    }

    private static final class Node {
        final int rank;
        final int level;
        final String id;
        final String marker;
        final String heading;
        final int start;
        int end;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(int rank, int level, String id, String marker, String heading, int start) {
            this.rank = rank;
            this.level = level;
            this.id = id;
            this.marker = marker;
            this.heading = heading;
            this.start = start;
            this.end = start;
        }

        void add(Paragraph p) {
            paragraphs.add(p);
            end = Math.max(end, p.end());
        }

        Section toSection() {
            List<Section> kids = new ArrayList<>();
            int last = end;
            for (Node child : children) {
                Section s = child.toSection();
                kids.add(s);
                last = Math.max(last, s.end());
            }
            return new Section(id, level, marker, heading, paragraphs, kids, start, last);
        }
    }
}
