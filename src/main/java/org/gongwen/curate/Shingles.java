package org.gongwen.curate;

import java.util.Arrays;

/**
 * Character 3-shingles of a text's letters and digits, and their Jaccard similarity. Punctuation and spacing are
 * left out because OCR and readers differ most there (，/, 、 line breaks), not in the words.
 *
 * <p>Why 3 characters: on Chinese text, bigrams are shared by most documents of one issuer (我省, 推动, 工作), which
 * raises the similarity of different documents; 3-grams keep that low while one OCR error still spoils only 3
 * shingles. See {@link Deduplicator#SAME_DOCUMENT} for the threshold.
 */
final class Shingles {
    /** The distinct shingles, ascending: counting the common ones is one merge, with no boxing. */
    private final long[] sorted;

    private Shingles(long[] sorted) {
        this.sorted = sorted;
    }

    static Shingles of(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .forEach(letters::appendCodePoint);
        int count = Math.max(0, letters.length() - 2);
        long[] all = new long[count];
        for (int i = 0; i < count; i++) {
            all[i] = ((long) letters.charAt(i) << 32) | ((long) letters.charAt(i + 1) << 16) | letters.charAt(i + 2);
        }
        if (count == 0 && letters.length() > 0) {
            return new Shingles(new long[] {letters.toString().hashCode()});
        }
        return new Shingles(Arrays.stream(all).sorted().distinct().toArray());
    }

    /** |A ∩ B| / |A ∪ B|; 1 for two empty texts. */
    double jaccard(Shingles other) {
        if (sorted.length == 0 && other.sorted.length == 0) {
            return 1;
        }
        long common = common(other);
        return (double) common / (sorted.length + other.sorted.length - common);
    }

    /** |A ∩ B| / min(|A|, |B|): how much of the shorter text the longer one holds (a scan of some pages). */
    double containment(Shingles other) {
        int smaller = Math.min(sorted.length, other.sorted.length);
        return smaller == 0 ? (sorted.length == other.sorted.length ? 1 : 0) : (double) common(other) / smaller;
    }

    private long common(Shingles other) {
        long common = 0;
        int i = 0;
        int j = 0;
        while (i < sorted.length && j < other.sorted.length) {
            int order = Long.compare(sorted[i], other.sorted[j]);
            if (order == 0) {
                common++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
