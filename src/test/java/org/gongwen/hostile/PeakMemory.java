package org.gongwen.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peak resident memory (VmHWM) of a process and its children, read from /proc while they run (Linux). */
final class PeakMemory {
    private PeakMemory() {
    }

    static long ofTree(ProcessHandle process) {
        long peak = of(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            peak = Math.max(peak, of(child.pid()));
        }
        return peak;
    }

    private static long of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the listing and the read
        }
        return 0;
    }
}
