package org.gongwen.site;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the archive's document for a cited 发文字号 ({@code 银发〔2014〕168号}, in any bracket or spacing variant) or
 * a cited title ({@code 《关于…的通知》}).
 */
final class CitationIndex {
    private final Map<String, String> byNumber = new HashMap<>();
    private final Map<String, String> byTitle = new HashMap<>();

    void add(String id, String docNumber, String title) {
        if (docNumber != null && !docNumber.isBlank()) {
            byNumber.putIfAbsent(key(docNumber), id);
        }
        if (title != null && title.length() >= 4) {
            byTitle.putIfAbsent(key(title), id);
        }
    }

    /** The key a citation is looked up by: all a lookup's answer depends on besides this index (see {@link #resolutions}). */
    static String lookupKey(String citation) {
        return key(citation.replaceAll("^《|》$", ""));
    }

    /** The id of the document cited by the citation with this {@link #lookupKey}, if the archive has it. */
    Optional<String> byKey(String k) {
        String id = byNumber.get(k);
        return Optional.ofNullable(id != null ? id : byTitle.get(k));
    }

    /**
     * Every key that resolves, with its document: two indexes with equal resolutions answer every lookup alike, and
     * a key missing from both answers nothing in both. Lets a build tell which lookups a new document changed.
     */
    Map<String, String> resolutions() {
        Map<String, String> all = new TreeMap<>(byTitle);
        all.putAll(byNumber);
        return all;
    }

    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append("[【〔(".indexOf(c) >= 0 ? '(' : "]】〕)".indexOf(c) >= 0 ? ')' : c);
        }
        return out.toString();
    }
}
