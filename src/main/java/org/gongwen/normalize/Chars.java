package org.gongwen.normalize;

/** Character classes the normaliser decides by (Han, CJK punctuation, invisible characters, full-width forms). */
final class Chars {
    private Chars() {
    }

    /** Zero-width space/joiners, BOM and word joiner: invisible, never meaningful in a 公文. */
    static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\uFEFF' || c == '\u2060' || c == '\u00AD';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u202F' || c == '\u205F' || c == '\u000B';
    }

    /** Han ideographs and the CJK symbols/punctuation and full-width forms that sit between them. */
    static boolean isCjk(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF') || (c >= '\uF900' && c <= '\uFAFF') || c == '“' || c == '”'
                || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·' || c == '○' || c == '﹒' || c == '﹝'
                || c == '﹞' || (c >= '\u2460' && c <= '\u24FF');
    }

    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '〇';
    }

    /**
     * NFKC for the safe subset: full-width ASCII letters, digits and {@code ％} become ASCII. Chinese punctuation
     * (，。：；（）〔〕《》“”) is kept as printed, because NFKC would turn （） into () and break the 公文 conventions the
     * structure parser relies on.
     */
    static char fold(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '％') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }

    /** Display width: Han and full-width forms take a full em, ASCII half of one (used to find the wrap width). */
    static int halfWidths(char c) {
        return c < 0x2E80 ? 1 : 2;
    }
}
