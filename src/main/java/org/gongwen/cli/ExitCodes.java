package org.gongwen.cli;

/** Exit statuses shared by all commands. */
final class ExitCodes {
    /** Everything worked. */
    static final int OK = 0;
    /** Some documents failed; the others were processed. */
    static final int SOME_FAILED = 1;
    /** Bad command-line usage (picocli's own code). */
    static final int USAGE = 2;
    /** An unexpected internal failure. */
    static final int SOFTWARE = 70;

    private ExitCodes() {
    }
}
