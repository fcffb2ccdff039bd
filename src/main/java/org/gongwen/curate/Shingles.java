package org.gongwen.curate;

import java.util.HashSet;
import java.util.Set;

/**
 * Character 3-shingles of a text's letters and digits, and their Jaccard similarity. Punctuation and spacing are
 * left out because OCR and readers differ most there (，/, 、 line breaks), not in the words.
 *
 * <p>Why 3 characters: on Chinese text, bigrams are shared by most documents of one issuer (我省, 推动, 工作), which
 * raises the similarity of different documents; 3-grams keep that low while one OCR error still spoils only 3
 * shingles. See {@link Deduplicator#SAME_DOCUMENT} for the threshold.
 */
final class Shingles {
    private final Set<Long> set;

    private Shingles(Set<Long> set) {
        this.set = set;
    }

    static Shingles of(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .forEach(letters::appendCodePoint);
        Set<Long> set = new HashSet<>();
        for (int i = 0; i + 3 <= letters.length(); i++) {
            set.add(((long) letters.charAt(i) << 32) | ((long) letters.charAt(i + 1) << 16) | letters.charAt(i + 2));
        }
        if (set.isEmpty() && letters.length() > 0) {
            set.add((long) letters.toString().hashCode());
        }
        return new Shingles(set);
    }

    /** |A ∩ B| / |A ∪ B|; 1 for two empty texts. */
    double jaccard(Shingles other) {
        if (set.isEmpty() && other.set.isEmpty()) {
            return 1;
        }
        long common = common(other);
        return (double) common / (set.size() + other.set.size() - common);
    }

    /** |A ∩ B| / min(|A|, |B|): how much of the shorter text the longer one holds (a scan of some pages). */
    double containment(Shingles other) {
        int smaller = Math.min(set.size(), other.set.size());
        return smaller == 0 ? (set.size() == other.set.size() ? 1 : 0) : (double) common(other) / smaller;
    }

    private long common(Shingles other) {
        Set<Long> small = set.size() <= other.set.size() ? set : other.set;
        Set<Long> large = small == set ? other.set : set;
        return small.stream().filter(large::contains).count();
    }
}
