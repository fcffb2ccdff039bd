package org.gongwen.cli;

import org.gongwen.pipeline.BuildRun;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build progress on standard error: a redrawn bar when standard error is a terminal, otherwise a plain line every
 * tenth of the way and one per failed document (for logs and CI).
 */
final class ProgressBar implements BuildRun.Listener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private int total;
    private int done;
    private int failed;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Whether standard error is a terminal (Linux: fd 2 is a tty device). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void started(int documents) {
        total = documents;
        err.println("gongwen build: " + documents + " documents");
        err.flush();
    }

    @Override
    public synchronized void documentDone(String path, boolean documentFailed) {
        done++;
        if (documentFailed) {
            failed++;
            if (!terminal) {
                err.println("failed: " + path);
            }
        }
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + (failed > 0 ? " (" + failed + " failed)" : "") + (done == total ? "\n" : ""));
        } else if (total > 0 && (done == total || done * 10 / total != (done - 1) * 10 / total)) {
            err.println(done + "/" + total + " documents processed");
        }
        err.flush();
    }
}
