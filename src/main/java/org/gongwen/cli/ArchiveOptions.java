package org.gongwen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The corpus and output folders, shared by the commands that work on the archive ({@code build}, {@code ingest}, {@code check}). */
final class ArchiveOptions {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Source documents (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder: records, Markdown, register, site and the build cache (default: ${DEFAULT-VALUE}).")
    Path out;
}
