package org.gongwen.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.Attachment;
import org.gongwen.model.Part;
import org.gongwen.model.Section;

/**
 * What follows the 成文日期: 附件 (each after its "附件N" label, as its own {@link Attachment}) and, for a notice that
 * issues or forwards a document (印发/转发/批转/发布 … 的通知), the embedded document as a {@link Part} with its own
 * title, 文种, date and author (the speech of 王树芬 dated 2022年11月18日 in 云产改办〔2022〕16号). When the issued
 * document is printed as a 附件, its heading tree stays in the attachment and the part points at the same span.
 */
final class Appendix {
    private static final Pattern LABEL = Pattern.compile("^附\\s*件\\s*(\\d{0,2})\\s*[：:]?\\s*(.*)$");
    private static final Pattern LISTED = Pattern.compile("^(?:附件[：:])?\\s*(\\d{1,2})?[．.、﹒]?\\s*(.+)$");
    private static final Pattern ISSUING = Pattern.compile(".*(印发|转发|批转|发布|颁发|颁布).*");
    private static final Pattern NAMED = Pattern.compile("《([^》]+)》");
    private static final Pattern AUTHOR = Pattern.compile("^[\\u4E00-\\u9FFF·\\s]{2,8}(同志)?$");

    final List<Attachment> attachments = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();

    static Appendix read(List<TextLine> lines, Closing closing, String title) {
        Appendix a = new Appendix();
        List<TextLine> region = lines.subList(Math.min(closing.appendixStart, closing.appendixEnd), closing.appendixEnd);
        if (!region.isEmpty()) {
            if (LABEL.matcher(region.get(0).text().strip()).matches()) {
                a.readAttachments(region);
            } else {
                a.parts.add(readPart(region, 1));
            }
        }
        if (a.attachments.isEmpty() && closing.listingStart >= 0) {
            a.readListing(lines.subList(closing.listingStart, closing.bodyEnd > closing.listingStart
                    ? closing.bodyEnd : firstSignature(lines, closing)));
        }
        if (title != null && ISSUING.matcher(title).matches()) {
            a.linkIssued(title);
        }
        return a;
    }

    private static int firstSignature(List<TextLine> lines, Closing closing) {
        int i = closing.listingStart + 1;
        while (i < closing.dateLine && LISTED.matcher(lines.get(i).text()).matches()
                && lines.get(i).text().matches("^\\d{1,2}[．.、﹒].*")) {
            i++;
        }
        return i;
    }

    private void readAttachments(List<TextLine> region) {
        int i = 0;
        while (i < region.size()) {
            Matcher m = LABEL.matcher(region.get(i).text().strip());
            m.matches();
            int number = m.group(1).isEmpty() ? attachments.size() + 1 : Integer.parseInt(m.group(1));
            int bodyFrom = i + 1;
            String name = m.group(2).strip();
            if (name.isEmpty() && bodyFrom < region.size()) {
                name = region.get(bodyFrom).text().strip();
                bodyFrom++;
            }
            int j = bodyFrom;
            while (j < region.size() && !LABEL.matcher(region.get(j).text().strip()).matches()) {
                j++;
            }
            Section tree = SectionTreeBuilder.build(region.subList(bodyFrom, j), "a" + number + "-s");
            attachments.add(new Attachment(number, name, tree == null ? List.of() : List.of(tree),
                    region.get(i).start(), region.get(j - 1).end()));
            i = j;
        }
    }

    private void readListing(List<TextLine> listing) {
        for (TextLine line : listing) {
            Matcher m = LISTED.matcher(line.text().strip());
            if (m.matches() && !m.group(2).isBlank()) {
                int number = m.group(1) == null ? attachments.size() + 1 : Integer.parseInt(m.group(1));
                attachments.add(new Attachment(number, m.group(2).strip(), List.of(), line.start(), line.end()));
            }
        }
    }

    /** The embedded document: title, then its date "（2022年11月18日）" and author "王树芬" in either order, then body. */
    static Part readPart(List<TextLine> region, int number) {
        String title = region.get(0).text().strip();
        int i = 1;
        String date = null;
        String author = null;
        while (i < region.size() && i <= 3) {
            String t = region.get(i).text().strip();
            if (date == null && DateParser.whole(t) != null) {
                date = DateParser.whole(t);
            } else if (author == null && AUTHOR.matcher(t).matches() && HeadingMarker.match(t) == null) {
                author = t.replaceAll("\\s+", "").replaceAll("同志$", "");
            } else {
                break;
            }
            i++;
        }
        Section tree = SectionTreeBuilder.build(region.subList(i, region.size()), "p" + number + "-s");
        return new Part(title.replaceAll("\\s+", ""), DocTypes.of(title), date, author,
                tree == null ? List.of() : List.of(tree), region.get(0).start(), region.get(region.size() - 1).end());
    }

    /** A 印发《…办法》的通知 whose 附件 is the 办法: the part points at that attachment. */
    private void linkIssued(String title) {
        Matcher m = NAMED.matcher(title);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\s+", "");
            for (Attachment att : attachments) {
                if (att.title().replaceAll("\\s+", "").equals(name) && parts.stream()
                        .noneMatch(p -> p.title().equals(name))) {
                    parts.add(new Part(name, DocTypes.of(name), null, null, List.of(), att.start(), att.end()));
                }
            }
        }
    }
}
