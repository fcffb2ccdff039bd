package org.gongwen.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises names of organs (发文机关) and splits lists of them. */
final class Organs {
    private static final Pattern COMPLETE = Pattern.compile(
            ".*(办公室|办公厅|委员会|人民政府|政府|银行|总局|总部|分行|支行|局|部|厅|委|署|院|会|办|中心|小组|公司|协会"
                    + "|集团|大学|学院|学校|处|所|室|法院|检察院|党委|党组|工委|监管局|管理局)$");
    private static final Pattern OFFICE = Pattern.compile(
            "^(.*?)\\s*(行长|副行长|主席|部长|主任|局长|署长|总理|省长|市长|县长|书记|院长|会长|秘书长|董事长)[：:\\s]*(\\S.*)?$");

    private Organs() {
    }

    /** Ends like the name of an organ ("…办公室", "中国人民银行"), so it does not continue on the next line. */
    static boolean isComplete(String name) {
        return COMPLETE.matcher(name).matches();
    }

    /** Short, no sentence punctuation: can be a line of an organ name. */
    static boolean looksLikeOrganLine(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= 40 && !t.matches(".*[，。：；！？、,.:;!?《》“”].*") && !t.startsWith("附件")
                && HeadingMarker.match(t) == null && DateParser.find(t) == null;
    }

    /** Joins organ-name lines that wrapped ("…建设改革⏎工作协调领导小组办公室") and keeps separate organs apart. */
    static List<String> fromLines(List<String> lines) {
        List<String> organs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            current.append(line.replaceAll("\\s+", ""));
            if (isComplete(current.toString())) {
                organs.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            organs.add(current.toString());
        }
        return organs;
    }

    /**
     * A signature line with an office and a person ("中国人民银行 行长 潘功胜", "行长：周小川"): organ, office, person; or
     * null when the line names no office.
     */
    static String[] officeSignature(String line) {
        var m = OFFICE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String person = m.group(3) == null ? null : m.group(3).replaceAll("\\s+", "");
        return new String[] {m.group(1).replaceAll("\\s+", ""), m.group(2), person};
    }
}
