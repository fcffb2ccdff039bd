package org.gongwen.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.Map;
import java.util.stream.IntStream;

/**
 * The shard scripts of a segment, {@code search/s/N.js} for the base:
 * {@code gongwenSearch.shard("s",N,{"b":{term:postings…},"c":{…},"w":{…}});}
 * with each kind's terms in string order. Written straight from {@link MergedPostings} rather than through maps of
 * strings and Jackson (the costliest step once postings were cheap), in exactly the bytes Jackson wrote: no spaces,
 * and only {@code "}, {@code \} and control characters escaped, with Jackson's own escaper.
 */
final class ShardFiles {
    static final String[] KIND_NAMES = {"b", "c", "w"};
    private static final int TARGET_SHARD_BYTES = 12 * 1024;
    private static final int MAX_SHARDS = 4096;

    private ShardFiles() {
    }

    /** Puts the shard files of the segment {@code segment} into {@code files}; returns how many there are. */
    static int write(String segment, MergedPostings[] kinds, Map<String, byte[]> files) {
        int shardCount = (int) Math.max(1, Math.min(MAX_SHARDS, estimatedBytes(kinds) / TARGET_SHARD_BYTES));
        // per kind, the sorted term positions grouped by shard (a stable counting sort keeps string order)
        int[][] starts = new int[kinds.length][];
        int[][] grouped = new int[kinds.length][];
        for (int k = 0; k < kinds.length; k++) {
            int[] shardOf = shardsOf(kinds[k], shardCount);
            starts[k] = new int[shardCount + 1];
            for (int s : shardOf) {
                starts[k][s + 1]++;
            }
            for (int s = 0; s < shardCount; s++) {
                starts[k][s + 1] += starts[k][s];
            }
            int[] at = starts[k].clone();
            grouped[k] = new int[shardOf.length];
            for (int i = 0; i < shardOf.length; i++) {
                grouped[k][at[shardOf[i]]++] = kinds[k].sortedId(i);
            }
        }
        byte[][] scripts = new byte[shardCount][];
        IntStream.range(0, shardCount).parallel()
                .forEach(s -> scripts[s] = script(segment, s, kinds, starts, grouped));
        for (int s = 0; s < shardCount; s++) {
            files.put("search/" + segment + "/" + s + ".js", scripts[s]);
        }
        return shardCount;
    }

    /**
     * The size the shard count is chosen by: per term three bytes a UTF-16 unit, its postings and six bytes of quotes
     * and separators (the sum over terms, taken from the totals).
     */
    static long estimatedBytes(MergedPostings[] kinds) {
        long total = 0;
        for (MergedPostings kind : kinds) {
            total += 3 * kind.termChars() + kind.postingsBytes() + 6L * kind.termCount();
        }
        return total;
    }

    private static int[] shardsOf(MergedPostings kind, int shardCount) {
        int[] shardOf = new int[kind.termCount()];
        StringBuilder term = new StringBuilder();
        for (int i = 0; i < shardOf.length; i++) {
            term.setLength(0);
            kind.appendTerm(kind.sortedId(i), term);
            shardOf[i] = Shards.of(KIND_NAMES[kind.kind()], term, shardCount);
        }
        return shardOf;
    }

    /** Straight to UTF-8 bytes: postings are ASCII and copied as they are, terms encoded one by one. */
    private static byte[] script(String segment, int shard, MergedPostings[] kinds, int[][] starts,
                                 int[][] grouped) {
        ByteBuilder out = new ByteBuilder();
        // segment names are the builder's own constants (one letter), not document content
        out.utf8(SearchIndexBuilder.CALLBACK + ".shard(\"" + segment + "\"," + shard + ",{");
        StringBuilder term = new StringBuilder();
        for (int k = 0; k < kinds.length; k++) {
            out.utf8((k == 0 ? "\"" : ",\"") + KIND_NAMES[k] + "\":{");
            for (int i = starts[k][shard]; i < starts[k][shard + 1]; i++) {
                int id = grouped[k][i];
                if (i > starts[k][shard]) {
                    out.append((byte) ',');
                }
                term.setLength(0);
                kinds[k].appendTerm(id, term);
                out.append((byte) '"');
                // each term is encoded on its own, as the whole string was before: quotes separate terms, so no
                // surrogate pair spans two of them
                out.utf8(escaped(term));
                out.append((byte) '"');
                out.append((byte) ':');
                out.append((byte) '"');
                kinds[k].copyPostings(id, out);
                out.append((byte) '"');
            }
            out.append((byte) '}');
        }
        out.utf8("});\n");
        return out.toArray();
    }

    /** The term as Jackson writes it inside quotes: {@code "}, {@code \} and control characters escaped. */
    private static CharSequence escaped(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return new String(JsonStringEncoder.getInstance().quoteAsString(term.toString()));
            }
        }
        return term;
    }
}
