package org.gongwen.curate;

/**
 * A correction that cannot be written or read: a bad field name or value, a broken sidecar file. The message is one
 * plain line for the archivist, e.g. {@code date: "2014-13-01" is not a date (use YYYY-MM-DD)}.
 */
public final class FixException extends Exception {
    private static final long serialVersionUID = 1L;

    public FixException(String message) {
        super(message);
    }
}
