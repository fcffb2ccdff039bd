package org.gongwen.curate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the values of one correctable field are checked and put in canonical form before they are written. */
enum FieldKind {
    TEXT, TITLE, DATE, DOC_NUMBER, DOC_TYPE, LIST;

    /** The 15 文种 of 《党政机关公文处理工作条例》 art. 8, and 令 as printed on 命令（令）. */
    static final Set<String> DOC_TYPES = Set.of("决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知",
            "通报", "报告", "请示", "批复", "议案", "函", "纪要");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern LOOSE_ISO = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");

    /**
     * The canonical values for a raw value typed by the archivist; an empty list clears the field.
     *
     * @throws FixException with one plain line when the value is not valid for the field
     */
    List<String> canonical(String field, String raw) throws FixException {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return List.of();
        }
        return switch (this) {
            case TEXT -> List.of(value);
            case TITLE -> List.of(value.replaceAll("[\\s\\u3000]+", ""));
            case DATE -> List.of(date(field, value));
            case DOC_NUMBER -> List.of(docNumber(field, value));
            case DOC_TYPE -> List.of(docType(field, value));
            case LIST -> split(value);
        };
    }

    /** The canonical values of a list given item by item (YAML sequences). */
    List<String> canonical(String field, List<String> raw) throws FixException {
        if (this != LIST) {
            if (raw.size() > 1) {
                throw new FixException(field + ": takes one value, not a list");
            }
            return canonical(field, raw.isEmpty() ? "" : raw.get(0));
        }
        List<String> values = new ArrayList<>();
        for (String item : raw) {
            values.addAll(split(item == null ? "" : item));
        }
        return List.copyOf(values);
    }

    private static String date(String field, String value) throws FixException {
        Matcher m = CHINESE_DATE.matcher(value);
        if (!m.matches()) {
            m = LOOSE_ISO.matcher(value);
        }
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            } catch (DateTimeException e) {
                // falls through to the error below: 2014-02-30 is not a date
            }
        }
        throw new FixException(field + ": \"" + value + "\" is not a date (use YYYY-MM-DD, e.g. 2014-06-03)");
    }

    private static String docNumber(String field, String value) throws FixException {
        String canonical = DocNumbers.canonical(value);
        if (canonical == null) {
            throw new FixException(field + ": \"" + value + "\" is not a 发文字号 (e.g. 银发〔2014〕168号 or 国令第707号)");
        }
        return canonical;
    }

    private static String docType(String field, String value) throws FixException {
        if (!DOC_TYPES.contains(value)) {
            throw new FixException(field + ": \"" + value + "\" is not a 文种 (one of "
                    + String.join("、", new java.util.TreeSet<>(DOC_TYPES)) + ")");
        }
        return value;
    }

    private static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split("[、，,；;]")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return List.copyOf(items);
    }
}
