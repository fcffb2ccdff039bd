package org.gongwen.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a saved web page: the BOM, else the {@code <meta charset>} or {@code http-equiv} declaration, else
 * UTF-8 when the bytes are valid UTF-8, else GB18030 (older gov.cn portals serve GB2312/GBK without declaring it).
 * GB2312 and GBK are read as GB18030, their superset, because pages labelled GB2312 often use GBK characters.
 */
final class HtmlCharset {
    private static final Pattern META = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)",
            Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    static Charset detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        if (meta.find()) {
            Charset declared = byName(meta.group(1));
            if (declared != null) {
                return declared;
            }
        }
        return TextDecoder.decode(bytes).charset() == StandardCharsets.UTF_8 ? StandardCharsets.UTF_8
                : TextDecoder.GB18030;
    }

    private static Charset byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("gb2312") || lower.equals("gbk") || lower.equals("x-gbk") || lower.equals("gb_2312-80")) {
            return TextDecoder.GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
