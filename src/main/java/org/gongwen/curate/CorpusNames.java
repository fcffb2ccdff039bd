package org.gongwen.curate;

import java.util.Locale;

/**
 * Readable, safe file names for sources copied into the corpus: the canonical 发文字号 or else the title, then a short
 * content hash (so two documents never get one name), then the original extension. Only letters, digits, 〔〕（）, '-'
 * and '_' are kept, so the names work on every file system and in URLs once encoded.
 *
 * <p>Example: a scan of 银发〔2014〕168号 with SHA-256 3f1c9a2b… becomes {@code 银发〔2014〕168号_3f1c9a2b.pdf}; a
 * document without number titled 关于做好2024年春节期间金融服务工作的通知 becomes
 * {@code 关于做好2024年春节期间金融服务工作的通知_77ab01c2.html}.
 */
public final class CorpusNames {
    /** Characters of the name before the hash, at most (a title is cut; 3 bytes each in UTF-8, well under 255). */
    static final int MAX_STEM = 40;
    static final int HASH_CHARS = 8;

    private CorpusNames() {
    }

    /**
     * The corpus name of a source.
     *
     * @param docNumber its 发文字号, null when none
     * @param title     its title, null when none
     * @param sha256    hex SHA-256 of its bytes
     * @param original  the name it arrived under (for the extension, and the stem when it has no number or title)
     */
    public static String of(String docNumber, String title, String sha256, String original) {
        String canonical = DocNumbers.canonical(docNumber);
        String stem = canonical != null ? canonical : title != null && !title.isBlank() ? title : stemOf(original);
        stem = safe(stem);
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM).replaceAll("_+$", "");
        }
        String ext = safe(extensionOf(original)).toLowerCase(Locale.ROOT);
        String hash = sha256.substring(0, Math.min(HASH_CHARS, sha256.length()));
        return (stem.isEmpty() ? "document" : stem) + "_" + hash + (ext.isEmpty() ? "" : "." + ext);
    }

    static String safe(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(Character.isLetterOrDigit(c) || "〔〕（）-_".indexOf(c) >= 0
                ? c : '_'));
        return sb.toString().replaceAll("_+", "_").replaceAll("^[_-]+|_+$", "");
    }

    private static String stemOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }
}
