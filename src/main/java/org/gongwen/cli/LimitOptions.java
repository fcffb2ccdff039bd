package org.gongwen.cli;

import java.time.Duration;
import org.gongwen.pipeline.DocumentLimits;
import picocli.CommandLine.Option;

/** The per-document limits as command-line options, shared by {@code extract} and {@code build}. */
final class LimitOptions {
    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Wall-clock time allowed per document (default: ${DEFAULT-VALUE}).", defaultValue = "120")
    double timeLimitSeconds;

    @Option(names = "--max-size", paramLabel = "MB",
            description = "Files larger than this are refused without reading "
                    + "(default: 512, or a third of the Java heap when that is smaller).")
    Long maxSizeMb;

    DocumentLimits limits() {
        if (!(timeLimitSeconds > 0) || Double.isInfinite(timeLimitSeconds)) {
            throw new IllegalArgumentException("--time-limit must be a positive number of seconds");
        }
        DocumentLimits limits = DocumentLimits.defaults()
                .withTimeLimit(Duration.ofMillis(Math.round(timeLimitSeconds * 1000)));
        if (maxSizeMb != null) {
            if (maxSizeMb <= 0) {
                throw new IllegalArgumentException("--max-size must be a positive number of MB");
            }
            limits = limits.withMaxBytes(maxSizeMb << 20);
        }
        return limits;
    }
}
