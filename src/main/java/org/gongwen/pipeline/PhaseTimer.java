package org.gongwen.pipeline;

/** Prints how long each build phase took to standard error when {@code GONGWEN_TIMING} is set (for benchmarks). */
final class PhaseTimer {
    private final boolean enabled = System.getenv("GONGWEN_TIMING") != null;
    private long last = System.nanoTime();

    void done(String phase) {
        long now = System.nanoTime();
        if (enabled) {
            System.err.printf("timing: %-24s %6.2f s%n", phase, (now - last) / 1e9);
        }
        last = now;
    }
}
