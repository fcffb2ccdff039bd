package org.gongwen.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The terms of one document's searchable text, grouped (computed in parallel, merged in document order): each
 * bigram and each character with its ascending positions, and each HanLP word with its count. Grouping sorts
 * {@code (term << 32 | position)} longs instead of filling a map per occurrence, which keeps indexing linear and fast.
 */
final class DocumentTerms {
    /**
     * One term of the document: its positions (for words, {@code count} occurrences and no positions). {@code code}
     * is the term's characters packed in an unsigned int for bigrams and characters, -1 for words.
     */
    record Group(String term, long code, int[] positions, int count) {
        /**
         * The term as a hash key: for bigrams and characters the code times an odd constant (a bijection, so keys stay
         * distinct, with well-mixed low bits), because the hashes of two CJK characters collide so often (String's
         * {@code 31·a + b}, or the packed int's {@code a ^ b} after HashMap's spreading) that the map degrades into
         * tree bins.
         */
        Object key() {
            return code >= 0 ? Long.valueOf(code * 0x9E3779B97F4A7C15L) : term;
        }
    }

    final List<Group> bigrams;
    final List<Group> chars;
    final List<Group> words;

    private DocumentTerms(List<Group> bigrams, List<Group> chars, List<Group> words) {
        this.bigrams = bigrams;
        this.chars = chars;
        this.words = words;
    }

    static DocumentTerms of(String text, List<String> words) {
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
        return new DocumentTerms(group(pairs, p, 2), group(singles, s, 1), wordGroups(words));
    }

    private static List<Group> group(long[] packed, int length, int termLength) {
        long[] sorted = Arrays.copyOf(packed, length);
        Arrays.sort(sorted);
        List<Group> groups = new ArrayList<>();
        int start = 0;
        while (start < length) {
            int key = (int) (sorted[start] >>> 32);
            int end = start;
            while (end < length && (int) (sorted[end] >>> 32) == key) {
                end++;
            }
            int[] positions = new int[end - start];
            for (int k = start; k < end; k++) {
                positions[k - start] = (int) sorted[k];
            }
            String term = termLength == 2 ? new String(new char[] {(char) (key >>> 16), (char) key})
                    : String.valueOf((char) key);
            groups.add(new Group(term, key & 0xffffffffL, positions, positions.length));
            start = end;
        }
        return groups;
    }

    /** Words arrive sorted, so equal words are adjacent. */
    private static List<Group> wordGroups(List<String> sortedWords) {
        List<Group> groups = new ArrayList<>();
        int start = 0;
        while (start < sortedWords.size()) {
            int end = start;
            while (end < sortedWords.size() && sortedWords.get(end).equals(sortedWords.get(start))) {
                end++;
            }
            groups.add(new Group(sortedWords.get(start), -1, new int[0], end - start));
            start = end;
        }
        return groups;
    }
}
