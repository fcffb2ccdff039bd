package org.gongwen.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a file's format from its first bytes, so that a 公文 saved as {@code 通知.pdf} that is really a Word file is
 * still read, and a file that is nothing we know is reported in plain words ("starts with PK (a zip file?)").
 */
final class FormatSniffer {
    static final String UNKNOWN = "";

    private FormatSniffer() {
    }

    /** The format the bytes show: pdf, docx, odt, ofd, zip, ole2, rtf, html, or {@link #UNKNOWN}. */
    static String sniff(byte[] bytes) {
        if (startsWith(bytes, 0, "%PDF-") || indexOf(bytes, "%PDF-", 1024) >= 0) {
            return "pdf";
        }
        if (startsWith(bytes, 0, "PK\u0003\u0004")) {
            return zipKind(bytes);
        }
        if (startsWith(bytes, 0, "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1")) {
            return "ole2";
        }
        if (startsWith(bytes, 0, "{\\rtf")) {
            return "rtf";
        }
        return looksLikeHtml(bytes) ? "html" : UNKNOWN;
    }

    /** A docx, odt or ofd container is a zip whose first entries name what it holds. */
    private static String zipKind(byte[] bytes) {
        int window = Math.min(bytes.length, 64 * 1024);
        if (indexOf(bytes, "application/vnd.oasis.opendocument.text", window) >= 0) {
            return "odt";
        }
        if (indexOf(bytes, "word/", window) >= 0 || indexOf(bytes, "[Content_Types].xml", window) >= 0) {
            return "docx";
        }
        if (indexOf(bytes, "OFD.xml", window) >= 0) {
            return "ofd";
        }
        return "zip";
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.startsWith("<head") || head.startsWith("<meta");
    }

    /** How the file starts, for messages: "starts with PK (a zip file?)". */
    static String describeStart(byte[] bytes) {
        if (bytes.length == 0) {
            return "is empty";
        }
        String kind = switch (sniff(bytes)) {
            case "zip", "docx", "odt", "ofd" -> " (a zip file?)";
            case "ole2" -> " (an old Word/Excel file?)";
            case "html" -> " (a web page?)";
            case "rtf" -> " (an RTF file?)";
            default -> "";
        };
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 8); i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x21 || b >= 0x7f) {
                break;
            }
            shown.append((char) b);
        }
        if (shown.length() == 0) {
            for (int i = 0; i < Math.min(bytes.length, 4); i++) {
                shown.append(String.format("%02X ", bytes[i] & 0xff));
            }
            shown.insert(0, "bytes ");
        }
        return "starts with " + shown.toString().strip() + kind;
    }

    private static boolean startsWith(byte[] bytes, int from, String latin1) {
        if (bytes.length < from + latin1.length()) {
            return false;
        }
        for (int i = 0; i < latin1.length(); i++) {
            if ((bytes[from + i] & 0xff) != latin1.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, String latin1, int limit) {
        int end = Math.min(bytes.length, limit) - latin1.length();
        for (int i = 0; i <= end; i++) {
            if (startsWith(bytes, i, latin1)) {
                return i;
            }
        }
        return -1;
    }
}
