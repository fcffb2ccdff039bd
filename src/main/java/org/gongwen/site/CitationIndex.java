package org.gongwen.site;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

    /** The id of the cited document, if the archive has it. */
    Optional<String> resolve(String citation) {
        String k = key(citation.replaceAll("^《|》$", ""));
        String id = byNumber.get(k);
        return Optional.ofNullable(id != null ? id : byTitle.get(k));
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
