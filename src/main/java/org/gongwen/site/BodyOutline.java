package org.gongwen.site;

import java.util.Objects;
import org.gongwen.model.Attachment;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Paragraph;
import org.gongwen.model.Part;
import org.gongwen.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of a document body in reading order: the 正文 heading tree, then each embedded document (印发/转发 …)
 * and each 附件 under its own heading. A record without structure (only text) becomes one paragraph per line, so
 * nothing a reader extracted is ever hidden.
 */
final class BodyOutline {
    private final DocumentRecord record;
    private final List<Block> blocks = new ArrayList<>();

    private BodyOutline(DocumentRecord record) {
        this.record = record;
    }

    static List<Block> of(DocumentRecord record) {
        BodyOutline outline = new BodyOutline(record);
        outline.build();
        return outline.blocks;
    }

    private void build() {
        if (record.sections().isEmpty()) {
            lines(0, firstEmbeddedStart());
        } else {
            record.sections().forEach(s -> section(s, "", 1));
        }
        int n = 0;
        for (Part part : record.parts()) {
            n++;
            blocks.add(Block.heading(2, "part-" + n, part.title(), -1, -1));
            String line = String.join(" ", part.date() == null ? "" : "（" + part.date() + "）",
                    Objects.toString(part.author(), "")).trim();
            if (!line.isEmpty()) {
                blocks.add(Block.paragraph(line, -1, -1));
            }
            String prefix = "p" + n + "-";
            part.sections().forEach(s -> section(s, prefix, 2));
        }
        for (Attachment attachment : record.attachments()) {
            blocks.add(Block.heading(2, "attachment-" + attachment.number(),
                    "附件" + attachment.number() + "　" + attachment.title(), -1, -1));
            attachment.sections().forEach(s -> section(s, "a" + attachment.number() + "-", 2));
        }
    }

    private void section(Section s, String anchorPrefix, int levelShift) {
        if (s.level() > 0) {
            String heading = (s.marker() + s.heading()).trim();
            int start = record.text().startsWith(heading, s.start()) ? s.start() : -1;
            blocks.add(Block.heading(s.level() + levelShift, anchorPrefix + s.id(), heading, start,
                    start < 0 ? -1 : start + heading.length()));
        }
        for (Paragraph p : s.paragraphs()) {
            boolean verbatim = p.start() >= 0 && p.end() <= record.text().length() && p.start() <= p.end()
                    && record.text().substring(p.start(), p.end()).equals(p.text());
            if (!p.text().isBlank()) {
                blocks.add(Block.paragraph(p.text(), verbatim ? p.start() : -1, verbatim ? p.end() : -1));
            }
        }
        s.children().forEach(c -> section(c, anchorPrefix, levelShift));
    }

    private void lines(int from, int to) {
        String text = record.text();
        int start = from;
        while (start < to) {
            int end = text.indexOf('\n', start);
            end = end < 0 || end > to ? to : end;
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                int lead = 0;
                while (Character.isWhitespace(line.charAt(lead)) || line.charAt(lead) == '\u3000') {
                    lead++;
                }
                int trail = line.length();
                while (Character.isWhitespace(line.charAt(trail - 1)) || line.charAt(trail - 1) == '\u3000') {
                    trail--;
                }
                blocks.add(Block.paragraph(line.substring(lead, trail), start + lead, start + trail));
            }
            start = end + 1;
        }
    }

    private int firstEmbeddedStart() {
        int first = record.text().length();
        for (Part p : record.parts()) {
            first = Math.min(first, Math.max(0, p.start()));
        }
        return first;
    }
}
