package org.gongwen.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet workbook (SpreadsheetML in a zip) written directly: bold header row, frozen, with an autofilter; text in
 * a shared-string table, numbers as numbers. Apache POI made the same parts but took over a second in a fresh JVM
 * (loading its XML schema classes), which dominated publishing after an ingest; this takes milliseconds. The bytes
 * depend only on the table (fixed entry times, no clock), so builds stay byte-identical; that also rules out
 * fastexcel (0.18), the fast streaming writer, which stamps the current time into {@code docProps/core.xml}.
 * XlsxSheetTest reads what this writes back through POI.
 */
final class XlsxSheet {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** 1980-01-01, zip's epoch, as {@code ZipEntry} times are local: any fixed value keeps the bytes stable. */
    private static final long FIXED_TIME = 315532800000L;

    private final String name;
    private final List<String> header;
    private final Set<Integer> numeric;
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private int stringCount;

    /** A sheet called {@code name} with these column titles; columns in {@code numeric} hold numbers (or nothing). */
    XlsxSheet(String name, List<String> header, Set<Integer> numeric) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,30}")) { // written unquoted into XML and the filter's range
            throw new IllegalArgumentException("sheet name needs quoting: " + name);
        }
        this.name = name;
        this.header = header;
        this.numeric = numeric;
    }

    /** The workbook of the rows (each as long as the header). */
    byte[] write(List<List<String>> rows) throws IOException {
        String lastColumn = column(header.size() - 1);
        int lastFilterRow = Math.max(rows.size(), 1) + 1; // the filter spans one row below the header even with none
        String sheet = sheet(rows, lastColumn, lastFilterRow); // fills the shared strings
        String range = "$A$1:$" + lastColumn + "$" + lastFilterRow;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"" + REL + "/officeDocument\"/>"
                    + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + REL
                    + "/extended-properties\"/><Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\""
                    + PKG_REL + "/metadata/core-properties\"/></Relationships>");
            entry(zip, "docProps/app.xml", HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/extended-properties\"><Application>gongwen</Application></Properties>");
            entry(zip, "docProps/core.xml", HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
                    + "package/2006/metadata/core-properties\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                    + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created xsi:type=\""
                    + "dcterms:W3CDTF\">1980-01-01T00:00:00Z</dcterms:created></cp:coreProperties>");
            entry(zip, "xl/workbook.xml", HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                    + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets><sheet name=\"" + name
                    + "\" sheetId=\"1\" r:id=\"rId3\"/></sheets><definedNames><definedName name=\"_xlnm._FilterDatabase\""
                    + " localSheetId=\"0\" hidden=\"1\">" + name + "!" + range + "</definedName></definedNames>"
                    + "</workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", HEAD + "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + "<Relationship Id=\"rId1\" Target=\"sharedStrings.xml\" Type=\"" + REL + "/sharedStrings\"/>"
                    + "<Relationship Id=\"rId2\" Target=\"styles.xml\" Type=\"" + REL + "/styles\"/>"
                    + "<Relationship Id=\"rId3\" Target=\"worksheets/sheet1.xml\" Type=\"" + REL + "/worksheet\"/>"
                    + "</Relationships>");
            entry(zip, "xl/sharedStrings.xml", sharedStrings());
            entry(zip, "xl/styles.xml", HEAD + "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"2\"><font>"
                    + "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font><font><b/><sz val=\"11\"/>"
                    + "<name val=\"Calibri\"/><family val=\"2\"/></font></fonts><fills count=\"2\"><fill>"
                    + "<patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
                    + "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                    + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                    + "</cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\""
                    + " xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                    + " applyFont=\"1\"/></cellXfs></styleSheet>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
        }
        return bytes.toByteArray();
    }

    private String sheet(List<List<String>> rows, String lastColumn, int lastFilterRow) {
        StringBuilder sb = new StringBuilder(HEAD).append("<worksheet xmlns=\"").append(MAIN).append("\">")
                .append("<dimension ref=\"A1:").append(lastColumn).append(rows.size() + 1)
                .append("\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" ")
                .append("topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetData>");
        row(sb, 1, header, true);
        for (int r = 0; r < rows.size(); r++) {
            row(sb, r + 2, rows.get(r), false);
        }
        return sb.append("</sheetData><autoFilter ref=\"A1:").append(lastColumn).append(lastFilterRow)
                .append("\"/></worksheet>").toString();
    }

    private void row(StringBuilder sb, int r, List<String> cells, boolean bold) {
        sb.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            sb.append("<c r=\"").append(column(c)).append(r).append('"');
            if (bold) {
                sb.append(" s=\"1\"");
            }
            if (!bold && numeric.contains(c) && !v.isEmpty()) {
                // as a double, like a spreadsheet holds it (a malformed number fails here, not in Excel)
                sb.append("><v>").append(Double.parseDouble(v)).append("</v></c>");
            } else {
                stringCount++;
                sb.append(" t=\"s\"><v>").append(strings.computeIfAbsent(v, k -> strings.size())).append("</v></c>");
            }
        }
        sb.append("</row>");
    }

    private String sharedStrings() {
        StringBuilder sb = new StringBuilder(HEAD).append("<sst xmlns=\"").append(MAIN).append("\" count=\"")
                .append(stringCount).append("\" uniqueCount=\"").append(strings.size()).append("\">");
        for (String s : strings.keySet()) {
            boolean preserve = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                    || Character.isWhitespace(s.charAt(s.length() - 1)) || s.indexOf('\n') >= 0);
            sb.append(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            text(sb, s);
            sb.append("</t></si>");
        }
        return sb.append("</sst>").toString();
    }

    /**
     * Escapes for XML, and writes what XML cannot hold (control characters, lone surrogates) as OOXML's
     * {@code _xHHHH_}, escaping a literal {@code _xHHHH_} in the text as {@code _x005F_xHHHH_} so it reads back as is.
     */
    static void text(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '&') {
                sb.append("&amp;");
            } else if (ch == '<') {
                sb.append("&lt;");
            } else if (ch == '>') {
                sb.append("&gt;");
            } else if (ch == '_' && s.startsWith("_x", i) && i + 7 <= s.length() && s.charAt(i + 6) == '_'
                    && s.substring(i + 2, i + 6).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                sb.append("_x005F_");
            } else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(ch).append(s.charAt(++i));
            } else if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || Character.isSurrogate(ch)
                    || ch == '\uFFFE' || ch == '\uFFFF') {
                sb.append(String.format("_x%04X_", (int) ch));
            } else {
                sb.append(ch);
            }
        }
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }

    private static String contentTypes() {
        String ml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ml + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ml + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + ml + "styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ml + "sharedStrings+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package."
                + "core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>";
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(FIXED_TIME);
        zip.putNextEntry(e);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
