package org.gongwen.pipeline;

import java.lang.management.ManagementFactory;

/**
 * Prints how long each build phase took, wall clock and process CPU, to standard error when {@code GONGWEN_TIMING}
 * is set (for scripts/bench-search; CPU time is the fairer figure on a shared machine).
 */
final class PhaseTimer {
    private final boolean enabled = System.getenv("GONGWEN_TIMING") != null;
    private long lastWall = System.nanoTime();
    private long lastCpu = cpu();

    /** Reports the JVM's time from its start to now (class loading, JIT warm-up before the first phase). */
    void sinceStart(String phase) {
        lastWall = System.nanoTime() - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        lastCpu = 0;
        done(phase);
    }

    void done(String phase) {
        long wall = System.nanoTime();
        long cpu = cpu();
        if (enabled) {
            System.err.printf("timing: %-24s %6.2f s wall %6.2f s cpu%n", phase, (wall - lastWall) / 1e9,
                    (cpu - lastCpu) / 1e9);
        }
        lastWall = wall;
        lastCpu = cpu;
    }

    private static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
