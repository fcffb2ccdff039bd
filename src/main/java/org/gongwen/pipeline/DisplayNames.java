package org.gongwen.pipeline;

/**
 * Corpus paths as they appear in one-line messages (the build summary, logs): control characters, line and
 * paragraph separators and invisible format characters (bidi overrides, zero-width marks) are written as escapes, so
 * a file named {@code 换行\n名称.txt} or {@code 通知\u202Etxt.exe} can neither break a line-per-file summary nor
 * disguise itself. Backslashes are doubled, so the quoting is unambiguous.
 */
public final class DisplayNames {
    private DisplayNames() {
    }

    /** The path with every character that is not plainly visible escaped ({@code \n}, {@code \t}, {@code \u202e}). */
    public static String quote(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        path.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (invisible(cp)) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}
