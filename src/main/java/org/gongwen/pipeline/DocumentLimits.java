package org.gongwen.pipeline;

import java.time.Duration;

/**
 * The limits one document is processed under, so that one bad file can neither hang nor exhaust a batch. A 2 GB
 * scan named {@code 国办发〔2023〕1号.pdf} is refused by its size before a byte is read; a PDF whose parser loops is
 * abandoned after the time limit and reported as "time limit of 120 s exceeded while reading".
 *
 * @param timeLimit wall-clock time allowed for reading and processing one document
 * @param maxBytes  the largest file that is read at all (its bytes are held in memory while it is processed)
 */
public record DocumentLimits(Duration timeLimit, long maxBytes) {
    /** The default time limit per document. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);
    /** The default size limit: 512 MiB, lowered to a third of the heap on small heaps (see {@link #defaults()}). */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;

    public DocumentLimits {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeLimit);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, not " + maxBytes);
        }
    }

    /**
     * The defaults: 120 s and 512 MiB, or a third of the maximum heap when that is smaller, because a file's bytes,
     * its parsed form and its text are all in memory at once while it is read.
     */
    public static DocumentLimits defaults() {
        return new DocumentLimits(DEFAULT_TIME_LIMIT, Math.min(DEFAULT_MAX_BYTES, Runtime.getRuntime().maxMemory() / 3));
    }

    public DocumentLimits withTimeLimit(Duration newTimeLimit) {
        return new DocumentLimits(newTimeLimit, maxBytes);
    }

    public DocumentLimits withMaxBytes(long newMaxBytes) {
        return new DocumentLimits(timeLimit, newMaxBytes);
    }

    /** The time limit in words: "120 s", "1.5 s". */
    String timeLimitText() {
        long millis = timeLimit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
