package org.gongwen.site;

import org.gongwen.model.DocumentRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stable document ids, which are also file names and URLs: from the 发文字号 when there is one
 * ({@code 云产改办〔2022〕16号 → 云产改办-2022-16号}), else {@code h-} and the first 12 hex digits of the content hash.
 * Two documents with the same 发文字号 (an error in one of them) get the hash appended to the later one, so ids stay
 * unique and do not depend on anything but the documents themselves.
 */
public final class DocumentIds {
    private static final int MAX_LENGTH = 80;

    private DocumentIds() {
    }

    /** Ids for the records, in the same order; records should be given in a deterministic (path) order. */
    public static List<String> assign(List<DocumentRecord> records) {
        List<String> ids = new ArrayList<>(records.size());
        Set<String> taken = new HashSet<>();
        for (DocumentRecord r : records) {
            String id = preferred(r);
            if (!taken.add(id.toLowerCase(Locale.ROOT))) {
                // the same file twice in the corpus (a copy, a link) has the same hash too: count on from 2
                String base = id + "-" + shortHash(r);
                id = base;
                for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
                    id = base + "-" + n;
                }
            }
            ids.add(id);
        }
        return ids;
    }

    /** The id a record gets when no other record claims it first. */
    public static String preferred(DocumentRecord r) {
        String fromNumber = r.docNumber() == null ? "" : safe(r.docNumber());
        return fromNumber.isEmpty() ? "h-" + shortHash(r) : fromNumber;
    }

    /** Letters and digits of any script are kept; every other run of characters becomes one hyphen. */
    static String safe(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        String id = out.toString();
        if (id.length() > MAX_LENGTH) {
            id = id.substring(0, MAX_LENGTH);
        }
        return id.replaceAll("-+$", "");
    }

    private static String shortHash(DocumentRecord r) {
        String sha = r.source().sha256();
        return sha.substring(0, Math.min(12, sha.length())).toLowerCase(Locale.ROOT);
    }
}
