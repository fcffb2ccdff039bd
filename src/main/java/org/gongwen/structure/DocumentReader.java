package org.gongwen.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Extraction;
import org.gongwen.model.NormalizedText;
import org.gongwen.model.Section;

/** Reads one document, top to bottom: 版头, title, 主送, body, closing, appendix, 版记. Not thread-safe; one per text. */
final class DocumentReader {
    private static final Pattern COPY_NUMBER = Pattern.compile("^\\d{6}$");
    private static final Pattern SECRECY = Pattern.compile("^(绝密|机密|秘密)(★.*)?$");
    private static final Pattern URGENCY = Pattern.compile("^(特急|加急|特提|平急|急件)$");
    private static final Pattern SIGNER = Pattern.compile("签发人[：:]\\s*(.+)$");
    private static final Pattern ORDER_MARK = Pattern.compile("^.{2,30}(公告|令)$");
    private static final int HEADER_SCAN = 15;

    private final NormalizedText normalized;
    private final Extraction extraction;
    private final List<TextLine> lines;
    private final PortalTable portal;
    private final Warnings warnings = new Warnings();
    private final DocumentRecord.Builder record;
    private int pos;
    private String organMark;
    private DocNumberParser.DocNumber docNumber;
    private TitleBlock title;
    /** The first line "中国人民银行公告〔2025〕第10号": a 公告 without another title is cited by it. */
    private TextLine announcementLine;

    DocumentReader(NormalizedText normalized, Extraction extraction) {
        this.normalized = normalized;
        this.extraction = extraction;
        this.lines = TextLine.split(normalized.text());
        this.portal = PortalTable.read(lines, extraction.metadata());
        this.record = DocumentRecord.builder(normalized.text(), extraction.source());
    }

    DocumentRecord read() {
        warnings.addAll(extraction.problems());
        warnings.addAll(normalized.problems());
        readHeader();
        title = TitleFinder.find(lines, pos, portal, this::spacedOrgans);
        if (announcementLine != null && (title == null || !title.text().contains("关于") || title.text().startsWith("《"))) {
            title = new TitleBlock(announcementLine.squashed(), announcementLine.start(), announcementLine.end(),
                    List.of(), List.of(), null, pos);
        }
        pos = title == null ? pos : title.next();
        while (pos < lines.size() && portal.lines.get(pos)) {
            pos++; // a portal table pasted between the title and the 主送机关
        }
        List<String> recipients = title == null ? List.of() : title.recipients();
        if (recipients.isEmpty()) {
            recipients = readRecipients();
        }
        record.recipients(recipients);
        Closing closing = Closing.read(lines, pos, normalized.text());
        List<TextLine> bodyLines = new ArrayList<>();
        if (title != null && title.firstBody() != null) {
            bodyLines.add(title.firstBody());
        }
        bodyLines.addAll(lines.subList(pos, closing.bodyEnd));
        Section body = SectionTreeBuilder.build(bodyLines, "s");
        record.sections(body == null ? List.of() : List.of(body));
        Appendix appendix = Appendix.read(lines, closing, title == null ? null : title.text());
        fill(closing, appendix);
        return record.warnings(warnings.list).build();
    }

    /** 份号, 密级, 紧急程度, 发文机关标志, 发文字号 and 签发人, in whatever order they were printed. */
    private void readHeader() {
        while (pos < lines.size() && pos < HEADER_SCAN) {
            if (portal.lines.get(pos)) {
                pos++;
                continue;
            }
            TextLine line = lines.get(pos);
            String t = line.squashed();
            if (!readHeaderLine(line, t)) {
                return;
            }
            pos++;
        }
    }

    private boolean readHeaderLine(TextLine line, String t) {
        if (COPY_NUMBER.matcher(t).matches()) {
            record.copyNumber(t);
        } else if (SECRECY.matcher(t).matches()) {
            record.classification(t);
        } else if (URGENCY.matcher(t).matches()) {
            record.urgency(t);
        } else if (SIGNER.matcher(line.text()).find()) {
            Matcher m = SIGNER.matcher(line.text());
            m.find();
            record.signer(m.group(1).replaceAll("\\s+", ""));
            DocNumberParser.DocNumber n = DocNumberParser.find(line.text().substring(0, m.start()));
            if (n != null && docNumber == null) {
                docNumber = n;
            }
        } else if (docNumber == null && readGluedNumber(line)) {
            return lines.get(pos) == line; // the line was all 版头; otherwise the title starts on the rest
        } else if (docNumber == null && DocNumberParser.whole(line.text()) != null) {
            docNumber = withMarkCode(DocNumberParser.whole(line.text()));
            if (docNumber.code().endsWith("公告") && !docNumber.code().equals("公告")) {
                announcementLine = line;
            }
        } else if (t.endsWith("文件") && t.length() <= 60 && !t.contains("关于")) {
            addToMark(line.text().substring(0, line.text().lastIndexOf("文件")));
        } else if (docNumber == null && isMarkBeforeNumber(t)) {
            addToMark(line.text());
        } else {
            return false;
        }
        return true;
    }

    /**
     * A 发文字号 glued by the source to the 发文机关标志 or to the title ("…文件中国证券监督管理委员会银发〔2018〕301号中国人民银行…
     * 关于…", "中国人民银行公告〔2020〕6号（标准化票据管理办法）"): takes the number and leaves the rest of the line to the
     * title. Returns true when the header ends here.
     */
    private boolean readGluedNumber(TextLine line) {
        DocNumberParser.DocNumber n = DocNumberParser.find(line.text());
        if (n == null || DocNumberParser.whole(line.text()) != null) {
            return false;
        }
        String before = line.text().substring(0, n.start());
        String after = line.text().substring(n.end()).strip();
        if (n.start() == 0 && (after.startsWith("（") || after.startsWith("("))) {
            docNumber = n;
            lines.set(pos, new TextLine(line.text(), line.start(), line.end())); // keep it: it is the title
            return true; // the whole line is the title of a 令 or 公告
        }
        if (before.matches(".*[。，《》（）()“”].*") || before.contains("关于") || before.length() > 80) {
            return false;
        }
        docNumber = n;
        if (before.contains("文件")) {
            organMark = before.substring(0, before.indexOf("文件")).strip();
        }
        if (!after.isEmpty()) {
            int offset = line.text().indexOf(after, n.end());
            lines.set(pos, new TextLine(after, line.start() + offset, line.end()));
        }
        return true;
    }

    /** Joint marks print one organ per line ("中国人民银行⏎公  安  部⏎文件"); the parts are kept apart by a space. */
    private void addToMark(String part) {
        String p = part.strip();
        if (!p.isEmpty()) {
            organMark = organMark == null ? p : organMark + " " + p;
        }
    }

    /**
     * "中国人民银行公告" or a line of organs printed above the 发文字号 or above a line ending in 文件 (joint marks that
     * wrap), within a few organ lines.
     */
    private boolean isMarkBeforeNumber(String t) {
        if (t.contains("关于") || !(ORDER_MARK.matcher(t).matches() || Organs.looksLikeOrganLine(t))) {
            return false;
        }
        for (int i = pos + 1; i < Math.min(lines.size(), pos + 5); i++) {
            String next = lines.get(i).squashed();
            if (DocNumberParser.whole(next) != null || (next.endsWith("文件") && !next.contains("关于"))) {
                return true;
            }
            if (!Organs.looksLikeOrganLine(next)) {
                return false;
            }
        }
        return false;
    }

    /** "（2007）第 21 号" under "中国人民银行公告" is 中国人民银行公告〔2007〕第21号. */
    private DocNumberParser.DocNumber withMarkCode(DocNumberParser.DocNumber n) {
        if (!n.code().isEmpty() || organMark == null || !ORDER_MARK.matcher(organMark.replaceAll("\\s+", "")).matches()) {
            return n;
        }
        return new DocNumberParser.DocNumber(organMark.replaceAll("\\s+", "") + n.canonical(), n.raw(), n.start(),
                n.end());
    }

    private List<String> readRecipients() {
        if (pos < lines.size()) {
            String t = lines.get(pos).text().strip();
            if (t.endsWith("：") && t.length() <= 300 && !t.contains("。") && !t.startsWith("同志")) {
                pos++;
                return TitleFinder.splitRecipients(t);
            }
        }
        return List.of();
    }

    /** Organs printed before 关于 in a joint title, split where the source had a space ("中国人民银行 工商总局关于…"). */
    private List<String> spacedOrgans(int start, int end) {
        String source = extraction.joinedText();
        String text = normalized.text();
        List<String> organs = new ArrayList<>();
        int from = start;
        for (int i = start; i + 1 < end; i++) {
            int a = normalized.origin().sourceOffset(i);
            int b = normalized.origin().sourceOffset(i + 1);
            if (b - a > 1 && source.substring(a + 1, b).isBlank() || text.charAt(i + 1) == ' ') {
                addOrgan(organs, text.substring(from, i + 1));
                from = text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
            }
        }
        addOrgan(organs, text.substring(from, end));
        return organs;
    }

    private static void addOrgan(List<String> organs, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            organs.add(t);
        }
    }

    private void fill(Closing closing, Appendix appendix) {
        new RecordFiller(record, warnings, portal).fill(title, docNumber, organMark, closing, appendix,
                organMark == null ? List.of() : spacedMark(), normalized.text());
    }

    private List<String> spacedMark() {
        TextLine markLine = null;
        for (TextLine l : lines.subList(0, Math.min(lines.size(), HEADER_SCAN))) {
            if (l.text().strip().startsWith(organMark)) {
                markLine = l;
                break;
            }
        }
        if (markLine == null) {
            return List.of(organMark);
        }
        int start = markLine.start() + markLine.text().indexOf(organMark);
        return spacedOrgans(start, start + organMark.length());
    }
}
