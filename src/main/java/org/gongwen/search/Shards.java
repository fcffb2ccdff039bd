package org.gongwen.search;

/** Which shard file holds a term: FNV-1a over the UTF-16 units of kind + term, as {@code search.js} computes it. */
final class Shards {
    private Shards() {
    }

    static int of(String kind, CharSequence term, int shardCount) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < kind.length(); i++) {
            hash ^= kind.charAt(i);
            hash *= 0x01000193;
        }
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shardCount);
    }
}
