package org.gongwen.search;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One document's share of the index, encoded once: for each term of each kind, the {@link Varint} bytes the index
 * holds for this document after the document gap — the count, then the position gaps (bigrams), the first position
 * (characters) or nothing (HanLP words). Nothing here depends on the document's index or on the other documents, so it
 * is memoised by text ({@link WordMemo}) and an unchanged document costs one gap and one array copy per term.
 */
final class DocumentPostings {
    static final int BIGRAMS = 0;
    static final int CHARS = 1;
    static final int WORDS = 2;
    static final int KINDS = 3;

    /**
     * The terms of one kind: {@code codes} (the characters packed in an int, for bigrams and characters) or
     * {@code words}, and term i's bytes {@code data[ends[i-1] .. ends[i])}. Terms in no particular order.
     */
    record Part(int[] codes, String[] words, byte[] data, int[] ends) {
        int size() {
            return ends.length;
        }

        int start(int i) {
            return i == 0 ? 0 : ends[i - 1];
        }
    }

    private final Part[] parts;

    private DocumentPostings(Part... parts) {
        this.parts = parts;
    }

    Part part(int kind) {
        return parts[kind];
    }

    /** The postings of a searchable text whose HanLP words are {@code sortedWords} (equal words adjacent). */
    static DocumentPostings of(String text, List<String> sortedWords) {
        int n = text.length();
        long[] pairs = new long[n];
        long[] singles = new long[n];
        int p = 0;
        int s = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == SearchText.SEPARATOR) {
                continue;
            }
            singles[s++] = ((long) c << 32) | i;
            if (i + 1 < n && text.charAt(i + 1) != SearchText.SEPARATOR) {
                pairs[p++] = ((long) ((c << 16) | text.charAt(i + 1)) << 32) | i;
            }
        }
        return new DocumentPostings(positional(pairs, p, true), positional(singles, s, false), counted(sortedWords));
    }

    /**
     * Groups {@code (code << 32 | position)} longs by sorting them once (linear-ish and allocation-free, unlike a map
     * per occurrence); each group's positions come out ascending.
     */
    private static Part positional(long[] packed, int length, boolean allPositions) {
        Arrays.sort(packed, 0, length);
        int[] codes = new int[length];
        int[] ends = new int[length];
        ByteBuilder data = new ByteBuilder();
        int terms = 0;
        int start = 0;
        while (start < length) {
            int code = (int) (packed[start] >>> 32);
            int end = start;
            while (end < length && (int) (packed[end] >>> 32) == code) {
                end++;
            }
            data.varint(end - start);
            if (allPositions) {
                int previous = 0;
                for (int k = start; k < end; k++) {
                    data.varint((int) packed[k] - previous);
                    previous = (int) packed[k];
                }
            } else {
                data.varint((int) packed[start]);
            }
            codes[terms] = code;
            ends[terms++] = data.size();
            start = end;
        }
        return new Part(Arrays.copyOf(codes, terms), null, data.toArray(), Arrays.copyOf(ends, terms));
    }

    private static Part counted(List<String> sortedWords) {
        String[] words = new String[sortedWords.size()];
        int[] ends = new int[sortedWords.size()];
        ByteBuilder data = new ByteBuilder();
        int terms = 0;
        int start = 0;
        while (start < sortedWords.size()) {
            int end = start;
            while (end < sortedWords.size() && sortedWords.get(end).equals(sortedWords.get(start))) {
                end++;
            }
            data.varint(end - start);
            words[terms] = sortedWords.get(start);
            ends[terms++] = data.size();
            start = end;
        }
        return new Part(null, Arrays.copyOf(words, terms), data.toArray(), Arrays.copyOf(ends, terms));
    }

    /** Bytes {@link #write} takes. */
    int serializedSize() {
        int size = 0;
        for (Part part : parts) {
            size += 8 + 8 * part.size() + part.data().length;
        }
        return size;
    }

    /**
     * Per part: term count, codes (or the words' indexes in a table the memo writes once: decoding every document's
     * words as strings was most of reading the memo), ends, data length and data.
     */
    void write(ByteBuffer out, ToIntFunction<String> wordIndex) {
        for (Part part : parts) {
            out.putInt(part.size());
            if (part.codes() != null) {
                out.asIntBuffer().put(part.codes());
                out.position(out.position() + 4 * part.size());
            } else {
                for (String w : part.words()) {
                    out.putInt(wordIndex.applyAsInt(w));
                }
            }
            out.asIntBuffer().put(part.ends());
            out.position(out.position() + 4 * part.size());
            out.putInt(part.data().length).put(part.data());
        }
    }

    /** The postings {@link #write} wrote; throws a RuntimeException on malformed input. */
    static DocumentPostings read(ByteBuffer in, String[] wordTable) {
        Part[] parts = new Part[KINDS];
        for (int kind = 0; kind < KINDS; kind++) {
            int n = count(in, 4);
            int[] codes = null;
            String[] words = null;
            if (kind == WORDS) {
                words = new String[n];
                for (int i = 0; i < n; i++) {
                    words[i] = wordTable[in.getInt()];
                }
            } else {
                codes = ints(in, n);
            }
            int[] ends = ints(in, n);
            byte[] data = new byte[count(in, 1)];
            in.get(data);
            if (n > 0 && ends[n - 1] != data.length) {
                throw new IllegalArgumentException("malformed postings");
            }
            parts[kind] = new Part(codes, words, data, ends);
        }
        return new DocumentPostings(parts);
    }

    /** A length read from {@code in}, checked against what is left, so a damaged one fails instead of allocating. */
    private static int count(ByteBuffer in, int bytesEach) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining() / bytesEach) {
            throw new IllegalArgumentException("malformed postings");
        }
        return n;
    }

    private static int[] ints(ByteBuffer in, int n) {
        int[] values = new int[n];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * n);
        return values;
    }
}
