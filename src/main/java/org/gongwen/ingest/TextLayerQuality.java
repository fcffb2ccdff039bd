package org.gongwen.ingest;

/**
 * Judges whether a page's text layer is usable. A 公文 page always carries Han characters; a text layer without
 * any, or one full of private-use code points, U+FFFD, control characters or Latin-1 accents (what PDFBox gives for
 * CJK fonts without a ToUnicode map, e.g. "ÉÏº£ÊÐ" or "\uE01A\uE0F3"), is garbage and the page must be OCRed.
 */
final class TextLayerQuality {
    /** More than this share of suspicious characters makes a page garbage even when some Han characters are there. */
    private static final double MAX_SUSPICIOUS = 0.10;

    private TextLayerQuality() {
    }

    static boolean usable(String text) {
        int han = 0;
        int suspicious = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\u3000' || cp == '\u00a0') {
                continue;
            }
            visible++;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else if (isSuspicious(cp)) {
                suspicious++;
            }
        }
        return han > 0 && suspicious <= visible * MAX_SUSPICIOUS;
    }

    private static boolean isSuspicious(int cp) {
        return cp == 0xFFFD
                || Character.getType(cp) == Character.PRIVATE_USE
                || Character.isISOControl(cp)
                || cp >= 0x80 && cp <= 0xFF && cp != 0xB7 && cp != 0xD7 && cp != 0xF7 && cp != 0xB0
                || cp >= 0xD800 && cp <= 0xDFFF;
    }
}
