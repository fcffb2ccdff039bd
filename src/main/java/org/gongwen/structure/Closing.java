package org.gongwen.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.Signatory;

/**
 * The end of the 主体 and the 版记: 附件说明, 发文机关署名 (or office and person for 令 and speeches), 成文日期, 附注
 * ("（此件公开发布）"), 抄送, 印发机关和印发日期. Line indexes refer to the document's lines.
 */
final class Closing {
    private static final Pattern CC = Pattern.compile("^(抄送|抄报)[：:]\\s*(.+?)[。.]?$");
    private static final Pattern PRINTED = Pattern.compile("^(.*?)\\s*([0-9〇○零一二三四五六七八九十]{4}\\s*年.+日)\\s*印发$");
    private static final int MAX_SIGNATURE_LINES = 6;

    int bodyEnd;
    int listingStart = -1;
    int dateLine = -1;
    String date;
    final List<Signatory> signatories = new ArrayList<>();
    final List<String> organs = new ArrayList<>();
    String notes;
    int appendixStart;
    int appendixEnd;
    final List<String> cc = new ArrayList<>();
    String printer;
    String printDate;

    static Closing read(List<TextLine> lines, int from, String text) {
        Closing c = new Closing();
        c.appendixEnd = c.readRecord(lines, from);
        c.dateLine = findDate(lines, from, c.appendixEnd);
        if (c.dateLine < 0) {
            c.bodyEnd = c.appendixEnd;
            c.appendixStart = c.appendixEnd;
            return c;
        }
        String dateLineText = lines.get(c.dateLine).text().strip();
        DateParser.Found found = DateParser.find(dateLineText);
        c.date = found.iso();
        String signedBefore = dateLineText.substring(0, found.start()).strip();
        int sigStart = c.readSignature(lines, from, c.dateLine, signedBefore);
        c.bodyEnd = sigStart;
        for (int i = from; i < sigStart; i++) {
            String t = lines.get(i).text().strip();
            if (t.startsWith("附件：") || t.startsWith("附件:")) {
                c.listingStart = i;
                c.bodyEnd = i;
                break;
            }
        }
        c.appendixStart = c.dateLine + 1;
        if (c.appendixStart < c.appendixEnd && isNote(lines.get(c.appendixStart).text())) {
            c.notes = lines.get(c.appendixStart).text().strip();
            c.appendixStart++;
        }
        return c;
    }

    private static boolean isNote(String line) {
        String t = line.strip();
        return (t.startsWith("（") || t.startsWith("(")) && (t.endsWith("）") || t.endsWith(")"))
                && DateParser.whole(t) == null && t.length() <= 60;
    }

    /**
     * The first unbracketed line that is only a date after the body, or a date that ends a short signature line
     * glued to it by the source ("行长：周小川二〇〇九年十月十六日").
     */
    private static int findDate(List<TextLine> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = lines.get(i).text().strip();
            if (t.startsWith("（") || t.startsWith("(")) {
                continue;
            }
            if (DateParser.whole(t) != null) {
                return i;
            }
            DateParser.Found f = DateParser.find(t);
            if (f != null && f.end() == t.length() && f.start() > 0 && isSignature(t.substring(0, f.start()))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSignature(String text) {
        String t = text.strip();
        return Organs.officeSignature(t) != null && t.length() <= 40 && !t.matches(".*[，。；].*")
                || Organs.looksLikeOrganLine(t) && Organs.isComplete(t.replaceAll("\\s+", ""));
    }

    /** Reads 抄送 and 印发 lines at the end; returns the index where the 版记 starts. */
    private int readRecord(List<TextLine> lines, int from) {
        int start = lines.size();
        for (int i = lines.size() - 1; i >= from && i >= lines.size() - 6; i--) {
            String t = lines.get(i).text().strip();
            Matcher cm = CC.matcher(t);
            Matcher pm = PRINTED.matcher(t);
            if (cm.matches()) {
                cc.addAll(0, TitleFinder.splitRecipients(cm.group(2)));
                start = i;
            } else if (pm.matches()) {
                printer = pm.group(1).isBlank() ? null : pm.group(1).strip();
                printDate = DateParser.parse(pm.group(2));
                start = i;
            }
        }
        return start;
    }

    /** Reads the 署名 lines just above the date; returns the index of the first. */
    private int readSignature(List<TextLine> lines, int from, int dateIndex, String signedBefore) {
        int i = dateIndex - 1;
        List<String> organLines = new ArrayList<>();
        boolean glued = !signedBefore.isEmpty();
        while ((glued || i >= from) && dateIndex - i <= MAX_SIGNATURE_LINES) {
            String t = glued ? signedBefore : lines.get(i).text();
            String[] office = Organs.officeSignature(t);
            if (office != null && t.length() <= 40 && !t.matches(".*[，。；].*")) {
                signatories.add(0, new Signatory(office[0], office[1], office[2]));
                if (!office[0].isEmpty()) {
                    organs.add(0, office[0]);
                }
            } else if (Organs.looksLikeOrganLine(t)) {
                organLines.add(0, t);
            } else {
                break;
            }
            if (glued) {
                glued = false;
            } else {
                i--;
            }
        }
        List<String> named = Organs.fromLines(organLines);
        for (String organ : named) {
            signatories.add(new Signatory(organ, null, null));
        }
        organs.addAll(0, named);
        return i + 1;
    }
}
