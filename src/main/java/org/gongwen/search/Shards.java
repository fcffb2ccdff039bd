package org.gongwen.search;

/** Which shard file holds a term: FNV-1a over the UTF-16 units of kind + term, as {@code search.js} computes it. */
final class Shards {
    private Shards() {
    }

    static int of(String kind, String term, int shardCount) {
        int hash = 0x811c9dc5;
        String key = kind + term;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shardCount);
    }
}
