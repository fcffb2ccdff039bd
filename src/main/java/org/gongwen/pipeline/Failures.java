package org.gongwen.pipeline;

import java.io.IOException;
import java.util.Map;
import org.gongwen.model.Problem;

/**
 * Turns what went wrong inside one document's work into a {@link Problem} an archivist can read: the stage it
 * happened in (found from the stack, so a stage need not know about the guard) and a reason in plain words, e.g.
 * "ran out of memory while reading (heap limit 768 MB)".
 */
final class Failures {
    private static final String PREFIX = "org.gongwen.";
    private static final Map<String, String> ACTIVITIES = Map.of(
            "ingest", "reading",
            "normalize", "normalising the text",
            "structure", "parsing the structure",
            "tag", "tagging",
            "register", "extracting commitments",
            "pipeline", "processing");

    private Failures() {
    }

    /** The stage whose code is innermost on the stack ("ingest" when no stage's code is on it yet). */
    static String stageOf(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String className = frame.getClassName();
            if (className.startsWith(PREFIX)) {
                String rest = className.substring(PREFIX.length());
                int dot = rest.indexOf('.');
                String stage = dot < 0 ? rest : rest.substring(0, dot);
                if (ACTIVITIES.containsKey(stage) && !stage.equals("pipeline")) {
                    return stage;
                }
            }
        }
        return "ingest";
    }

    /** What the stage was doing, for "… exceeded while reading". */
    static String activity(String stage) {
        return ACTIVITIES.getOrDefault(stage, "processing");
    }

    /** The problem for a throwable that escaped one document's work. */
    static Problem describe(Throwable thrown) {
        String stage = stageOf(thrown.getStackTrace());
        String while_ = " while " + activity(stage);
        if (thrown instanceof OutOfMemoryError) {
            long heap = Runtime.getRuntime().maxMemory();
            return Problem.of(stage, "out-of-memory", "ran out of memory" + while_ + " (heap limit " + Sizes.text(heap) + ")");
        }
        if (thrown instanceof StackOverflowError) {
            return Problem.of(stage, "too-deeply-nested", "content nested too deeply" + while_);
        }
        if (thrown instanceof IOException) {
            return Problem.of("ingest", "unreadable-file", "cannot read the file: " + message(thrown));
        }
        return Problem.of(stage, "internal-error", "failed" + while_ + ": " + message(thrown));
    }

    private static String message(Throwable thrown) {
        String message = thrown.getMessage();
        String type = thrown.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + firstLine(message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
