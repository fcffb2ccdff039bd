package org.gongwen.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One kind's postings over all documents, as the index stores them: for each term, per document holding it in index
 * order, the gap from the previous such document then that document's bytes from {@link DocumentPostings}. Built in
 * two passes over flat arrays (sizes, then bytes into one array) instead of a growing string per term, which was most
 * of the indexing time.
 */
final class MergedPostings {
    private final int kind;
    private final int[] codes;
    private final String[] words;
    private final byte[] data;
    private final int[] offsets;
    private final int[] order;

    private MergedPostings(int kind, int[] codes, String[] words, byte[] data, int[] offsets) {
        this.kind = kind;
        this.codes = codes;
        this.words = words;
        this.data = data;
        this.offsets = offsets;
        this.order = sortedIds();
    }

    /** The postings of {@code kind} for the documents in index order. */
    static MergedPostings merge(int kind, List<DocumentPostings> docs) {
        int[][] ids = new int[docs.size()][];
        CodeIds codeIds = new CodeIds();
        Map<String, Integer> wordIds = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            DocumentPostings.Part part = docs.get(d).part(kind);
            ids[d] = new int[part.size()];
            for (int i = 0; i < part.size(); i++) {
                ids[d][i] = kind == DocumentPostings.WORDS
                        ? wordIds.computeIfAbsent(part.words()[i], w -> wordIds.size())
                        : codeIds.idOf(part.codes()[i]);
            }
        }
        int terms = kind == DocumentPostings.WORDS ? wordIds.size() : codeIds.size();
        int[] offsets = new int[terms + 1];
        int[] lastDoc = new int[terms];
        for (int d = 0; d < docs.size(); d++) {
            DocumentPostings.Part part = docs.get(d).part(kind);
            for (int i = 0; i < ids[d].length; i++) {
                int id = ids[d][i];
                offsets[id + 1] += Varint.length(d - lastDoc[id]) + part.ends()[i] - part.start(i);
                lastDoc[id] = d;
            }
        }
        for (int t = 0; t < terms; t++) {
            offsets[t + 1] += offsets[t];
        }
        byte[] data = new byte[offsets[terms]];
        int[] at = Arrays.copyOf(offsets, terms);
        Arrays.fill(lastDoc, 0);
        for (int d = 0; d < docs.size(); d++) {
            DocumentPostings.Part part = docs.get(d).part(kind);
            for (int i = 0; i < ids[d].length; i++) {
                int id = ids[d][i];
                at[id] = Varint.put(data, at[id], d - lastDoc[id]);
                lastDoc[id] = d;
                int start = part.start(i);
                int length = part.ends()[i] - start;
                System.arraycopy(part.data(), start, data, at[id], length);
                at[id] += length;
            }
        }
        String[] words = null;
        if (kind == DocumentPostings.WORDS) {
            words = new String[terms];
            for (Map.Entry<String, Integer> w : wordIds.entrySet()) {
                words[w.getValue()] = w.getKey();
            }
        }
        return new MergedPostings(kind, kind == DocumentPostings.WORDS ? null : codeIds.codes(), words, data,
                offsets);
    }

    /**
     * Term ids in the order of the terms as strings (the order of the JSON maps). Packed codes compare like their
     * strings when compared unsigned (UTF-16 units, first character in the high half), so they sort as longs.
     */
    private int[] sortedIds() {
        int terms = offsets.length - 1;
        if (words != null) {
            return IntStream.range(0, terms).boxed().sorted(Comparator.comparing(id -> words[id]))
                    .mapToInt(Integer::intValue).toArray();
        }
        long[] keys = new long[terms];
        for (int id = 0; id < terms; id++) {
            keys[id] = ((long) (codes[id] ^ Integer.MIN_VALUE) << 32) | id;
        }
        Arrays.sort(keys);
        int[] sorted = new int[terms];
        for (int i = 0; i < terms; i++) {
            sorted[i] = (int) keys[i];
        }
        return sorted;
    }

    int kind() {
        return kind;
    }

    int termCount() {
        return order.length;
    }

    /** The id of the i-th term in string order. */
    int sortedId(int i) {
        return order[i];
    }

    /** The term's characters appended to {@code out}. */
    void appendTerm(int id, StringBuilder out) {
        if (words != null) {
            out.append(words[id]);
        } else if (kind == DocumentPostings.BIGRAMS) {
            out.append((char) (codes[id] >>> 16)).append((char) codes[id]);
        } else {
            out.append((char) codes[id]);
        }
    }

    /** The UTF-16 units of all terms: two or one per bigram or character, summed over the words. */
    long termChars() {
        if (words == null) {
            return (long) termCount() * (kind == DocumentPostings.BIGRAMS ? 2 : 1);
        }
        long chars = 0;
        for (String word : words) {
            chars += word.length();
        }
        return chars;
    }

    /** The term's encoded postings (ASCII bytes) appended to {@code out}. */
    void copyPostings(int id, ByteBuilder out) {
        out.append(data, offsets[id], offsets[id + 1] - offsets[id]);
    }

    /** The encoded postings of all terms, in bytes. */
    int postingsBytes() {
        return data.length;
    }
}
