package org.gongwen.pipeline;

import java.nio.charset.StandardCharsets;
import org.gongwen.ingest.Hashes;

/**
 * Output paths derived from corpus paths: {@code 2017/银办发〔2017〕118号.pdf} → {@code 2017/银办发〔2017〕118号.pdf.json}.
 * A file name may already use the whole 255 bytes most file systems allow, so a name that would grow past that is
 * shortened to its first characters and a hash of the full name, which keeps it unique and stable.
 */
final class OutputNames {
    static final int MAX_NAME_BYTES = 255;
    private static final int KEPT_BYTES = 180;

    private OutputNames() {
    }

    /** The corpus path with {@code suffix} added to its file name, shortened when the name would be too long. */
    static String withSuffix(String relativePath, String suffix) {
        int slash = relativePath.lastIndexOf('/');
        String folder = relativePath.substring(0, slash + 1);
        String name = relativePath.substring(slash + 1);
        if (utf8Length(name + suffix) <= MAX_NAME_BYTES) {
            return folder + name + suffix;
        }
        String hash = Hashes.sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return folder + prefix(name, KEPT_BYTES) + "~" + hash + suffix;
    }

    /** The longest prefix of whole code points within {@code maxBytes} of UTF-8. */
    private static String prefix(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int length = utf8Length(new String(Character.toChars(cp)));
            if (bytes + length > maxBytes) {
                break;
            }
            bytes += length;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
