package org.gongwen.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;

/**
 * Checks, before any parser sees a file, that its first bytes are what its extension promises, so a mislabelled or
 * empty file fails with a reason an archivist understands instead of a parser's stack trace:
 * {@code 通知.pdf} holding a Word file fails with "not a PDF: starts with PK (a zip file?)", a zero-byte file with
 * "empty file". Formats without a signature (txt, md, html) are not checked.
 */
final class FormatCheck {
    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);
    /** Acrobat accepts a PDF header anywhere in the first 1024 bytes, and so do we. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("pdf", "PDF"), Map.entry("docx", "zip"), Map.entry("odt", "zip"), Map.entry("ofd", "zip"),
            Map.entry("doc", "OLE2"), Map.entry("wps", "OLE2"), Map.entry("rtf", "RTF"));

    private static final Map<String, String> NAMES = Map.of(
            "PDF", "a PDF", "zip", "a zip-based document (docx, odt, ofd)", "OLE2", "a Word 97–2003 or WPS file",
            "RTF", "an RTF file");

    private FormatCheck() {
    }

    /** Why the file cannot be what its extension says, or null when it may be. */
    static Problem mismatch(SourceFile file) {
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            return Problem.of("ingest", "empty", "empty file (0 bytes)");
        }
        String expected = EXPECTED.get(file.extension());
        if (expected == null || matches(expected, bytes)) {
            return null;
        }
        return Problem.of("ingest", "wrong-format", "not " + NAMES.get(expected) + ": " + describe(bytes));
    }

    /** What the first bytes show: "starts with PK (a zip file?)", "starts with %PDF (a PDF?)", "starts with 0x1f8b…". */
    static String describe(byte[] bytes) {
        String kind = startsWith(bytes, ZIP) ? "PK (a zip file?)"
                : indexOf(bytes, PDF, PDF_HEADER_WINDOW) >= 0 ? "%PDF (a PDF?)"
                : startsWith(bytes, OLE2) ? "D0 CF 11 E0 (a Word 97–2003 or WPS file?)"
                : startsWith(bytes, RTF) ? "{\\rtf (an RTF file?)"
                : startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) ? "\\x89PNG (a PNG image?)"
                : startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}) ? "FF D8 FF (a JPEG image?)"
                : looksLikeMarkup(bytes) ? "< (an HTML or XML file?)"
                : hex(bytes);
        return "starts with " + kind;
    }

    private static boolean matches(String expected, byte[] bytes) {
        return switch (expected) {
            case "PDF" -> indexOf(bytes, PDF, PDF_HEADER_WINDOW) >= 0;
            case "zip" -> startsWith(bytes, ZIP);
            case "OLE2" -> startsWith(bytes, OLE2) || startsWith(bytes, ZIP) || startsWith(bytes, RTF); // .doc may be docx or rtf inside
            case "RTF" -> startsWith(bytes, RTF);
            default -> true;
        };
    }

    private static boolean looksLikeMarkup(byte[] bytes) {
        int i = 0;
        if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            i = 3;
        }
        while (i < bytes.length && i < 64 && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : Arrays.copyOf(bytes, Math.min(4, bytes.length))) {
            sb.append(String.format("%02X ", b & 0xFF));
        }
        return sb.toString().trim() + " (not a known document format)";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] bytes, byte[] needle, int window) {
        int last = Math.min(bytes.length, window) - needle.length;
        for (int i = 0; i <= last; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
