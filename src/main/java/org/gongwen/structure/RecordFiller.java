package org.gongwen.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.DocumentRecord;

/**
 * Chooses each metadata value from the printed document first and the portal table second, and reports what is
 * missing or where the two disagree.
 */
final class RecordFiller {
    private static final Pattern ISSUED_NAME = Pattern.compile("(?:制定|修订|修改|通过)了?《([^》]+)》");
    private static final Pattern ANY_NAME = Pattern.compile("《([^》]+)》");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.+?)[（(]([^（）()]*〔\\d{4}〕[^（）()]*号)[）)]$");

    private final DocumentRecord.Builder record;
    private final Warnings warnings;
    private final PortalTable portal;

    RecordFiller(DocumentRecord.Builder record, Warnings warnings, PortalTable portal) {
        this.record = record;
        this.warnings = warnings;
        this.portal = portal;
    }

    void fill(TitleBlock titleBlock, DocNumberParser.DocNumber number, String organMark, Closing closing,
              Appendix appendix, List<String> markOrgans, String text) {
        String title = titleBlock == null ? null : titleBlock.text();
        if (title != null) {
            Matcher m = TRAILING_NUMBER.matcher(title);
            if (m.matches() && !title.contains("令")) {
                title = m.group(1);
                if (number == null) {
                    number = DocNumberParser.find(m.group(2));
                }
            }
        }
        if (title == null) {
            title = orderTitle(text, number, organMark);
        }
        fillTitle(title);
        fillNumber(number);
        fillIssuer(titleBlock, closing, markOrgans);
        fillDates(closing);
        record.signatories(closing.signatories).cc(closing.cc).printer(closing.printer).printDate(closing.printDate)
                .notes(closing.notes).attachments(appendix.attachments).parts(appendix.parts).portal(portal.values);
    }

    private void fillTitle(String title) {
        String fromPortal = portal.get("标题", "名称");
        if (title == null && fromPortal != null) {
            title = fromPortal.replaceAll("\\s+", "");
        } else if (title != null && fromPortal != null && !squash(fromPortal).equals(title)) {
            warnings.add("portal-title-differs", "标题 in the portal table differs: " + fromPortal, -1);
        }
        if (title == null) {
            warnings.add("missing-title", "no 标题 found", -1);
        }
        record.title(title);
        String type = DocTypes.of(title);
        if (title != null && type == null) {
            warnings.add("unknown-doc-type", "the title does not end with a 文种: " + title, -1);
        }
        record.docType(type);
    }

    /** A 令 names the regulation it issues: "中国人民银行制定了《…办法》，…现予发布". */
    private static String orderTitle(String text, DocNumberParser.DocNumber number, String organMark) {
        boolean order = (number != null && number.canonical().contains("令"))
                || (organMark != null && organMark.endsWith("令")) || text.startsWith("根据") || text.contains("现予");
        if (!order) {
            return null;
        }
        String head = text.substring(0, Math.min(text.length(), 400));
        Matcher m = ISSUED_NAME.matcher(head);
        if (m.find() && DocTypes.of(m.group(1)) != null) {
            return m.group(1).replaceAll("\\s+", "");
        }
        Matcher any = ANY_NAME.matcher(head);
        while (any.find()) {
            if (DocTypes.of(any.group(1)) != null) {
                return any.group(1).replaceAll("\\s+", "");
            }
        }
        return null;
    }

    private void fillNumber(DocNumberParser.DocNumber number) {
        String fromPortal = portal.get("发文字号", "文号");
        DocNumberParser.DocNumber portalNumber = fromPortal == null ? null : DocNumberParser.find(fromPortal);
        if (number == null && portalNumber != null) {
            number = portalNumber;
        } else if (number != null && portalNumber != null && !portalNumber.canonical().equals(number.canonical())) {
            warnings.add("portal-doc-number-differs", "发文字号 in the portal table differs: " + fromPortal, -1);
        }
        if (number == null) {
            warnings.add("missing-doc-number", "no 发文字号 found", -1);
            return;
        }
        record.docNumber(number.canonical()).docNumberRaw(number.raw());
    }

    private void fillIssuer(TitleBlock titleBlock, Closing closing, List<String> markOrgans) {
        List<String> issuers = new ArrayList<>(closing.organs);
        if (issuers.isEmpty() && titleBlock != null) {
            issuers.addAll(titleBlock.organs());
        }
        if (issuers.isEmpty()) {
            issuers.addAll(markOrgans);
        }
        String fromPortal = portal.get("发文机关", "发布机构");
        if (issuers.isEmpty() && fromPortal != null) {
            issuers.addAll(List.of(fromPortal.strip().split("\\s+")));
        }
        if (issuers.isEmpty()) {
            warnings.add("missing-issuer", "no 发文机关 found (no 署名, no 发文机关标志, no organ before 关于)", -1);
            return;
        }
        record.issuer(issuers.get(0)).issuers(issuers);
    }

    private void fillDates(Closing closing) {
        String date = closing.date;
        String fromPortal = portal.get("成文日期") == null ? null : DateParser.parse(portal.get("成文日期"));
        if (date == null) {
            date = fromPortal;
        } else if (fromPortal != null && !fromPortal.equals(date)) {
            warnings.add("portal-date-differs", "成文日期 in the portal table differs: " + fromPortal, -1);
        }
        if (date == null) {
            warnings.add("missing-date", "no 成文日期 found", -1);
        }
        record.date(date);
        String published = portal.get("发布日期");
        record.published(published == null ? null : DateParser.parse(published));
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
