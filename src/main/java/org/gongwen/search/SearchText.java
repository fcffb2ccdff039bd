package org.gongwen.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation both sides of a search go through, so that {@code 银发[2014]168号}, {@code 银发（2014）168 号}
 * and {@code 银发〔2014〕168号} are the same string: NFKC, lower case, no whitespace or control characters, every
 * opening bracket as {@code (} and every closing bracket as {@code )}. The browser runtime ({@code search.js})
 * implements exactly the same function; a Chromium test checks they agree.
 */
public final class SearchText {
    /** Joins the fields of a document's searchable text; never produced by {@link #normalize}. */
    static final char SEPARATOR = '\u0001';
    private static final String OPENERS = "[【〔〖〘〚(";
    private static final String CLOSERS = "]】〕〗〙〛)";

    private SearchText() {
    }

    /** The normalised form of a query or a text. */
    public static String normalize(String s) {
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            out.append(OPENERS.indexOf(c) >= 0 ? '(' : CLOSERS.indexOf(c) >= 0 ? ')' : c);
        }
        return out.toString();
    }

    /** Whitespace as JavaScript's {@code \s} knows it, zero-width characters and C0 controls. */
    static boolean isDropped(char c) {
        return c < 0x20 || c == ' ' || c == 0x7f || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200d)
                || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
    }

    /**
     * The searchable text of a document: its 发文字号, title and text, normalised, joined by a separator no query can
     * contain, so a hit never spans two fields and a hit's offset tells which field it is in.
     */
    static String searchable(String docNumber, String title, String text) {
        return normalize(nullToEmpty(docNumber)) + SEPARATOR + normalize(nullToEmpty(title)) + SEPARATOR
                + normalize(text);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
