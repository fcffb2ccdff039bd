package org.gongwen.site;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.gongwen.publish.FieldDigest;

/**
 * What the site needs to know of one document's spans, and what they depend on. Spans are a pure function of the
 * record, the document's id and the answers to the citation lookups made while finding them (in
 * {@link SpanFinder}); so when the record hash and id are the same and no looked-up key resolves differently, the
 * spans are the same and {@code targets} and {@code digest} can be reused without finding them again. The spans
 * themselves are not part of it: {@link SiteContext} keeps those it found for the pages it renders.
 *
 * @param recordHash the record's key ({@link SiteDocument#recordKey})
 * @param lookups    {@link #lookupHash} of each key looked up, sorted
 * @param targets    the documents cited (see {@link SpanFinder#targets})
 * @param digest     a hash of the spans, for the page key
 */
record DocumentSpans(String recordHash, long[] lookups, List<String> targets, String digest) {
    static DocumentSpans of(String recordHash, SpanFinder.Found found) {
        long[] lookups = found.lookups().stream().mapToLong(DocumentSpans::lookupHash).sorted().distinct().toArray();
        FieldDigest digest = new FieldDigest("spans");
        for (Span s : found.spans()) {
            digest.add(s.start()).add(s.end()).add(s.kind()).add(s.label()).add(s.href());
        }
        return new DocumentSpans(recordHash, lookups, SpanFinder.targets(found.spans()), digest.hex());
    }

    /** Whether these spans still hold for a record with this hash, after the keys with these hashes changed. */
    boolean holds(String currentRecordHash, Set<Long> changedLookups) {
        if (!recordHash.equals(currentRecordHash)) {
            return false;
        }
        for (long changed : changedLookups) {
            if (Arrays.binarySearch(lookups, changed) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A 64-bit FNV-1a hash of a lookup key, stored instead of the key to keep the memo small. A collision can only make
     * a document look affected by a change that did not touch it (it is then computed afresh), never the reverse.
     */
    static long lookupHash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
