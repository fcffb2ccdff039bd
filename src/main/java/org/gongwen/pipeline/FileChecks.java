package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.gongwen.model.Problem;

/**
 * What can be told about a file before reading it: whether it exists, is a plain file (a FIFO named {@code 通知.txt}
 * would block a reader forever) and fits the size limit (a 1 GB file is refused without reading it).
 */
final class FileChecks {
    private FileChecks() {
    }

    /** Why the file must not be read, or null when it may be. */
    static Problem refusal(Path file, long maxBytes) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Problem.of("ingest", "missing", "no such file");
        } catch (IOException e) {
            return Problem.of("ingest", "unreadable-file", "cannot read the file: " + e.getMessage());
        }
        if (attributes.isDirectory()) {
            return Problem.of("ingest", "not-a-file", "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            return Problem.of("ingest", "not-a-file", "not a regular file (a device, pipe or socket); not read");
        }
        if (attributes.size() > maxBytes) {
            return tooLarge(attributes.size(), maxBytes);
        }
        return null;
    }

    static Problem tooLarge(long size, long maxBytes) {
        return Problem.of("ingest", "too-large", "file of " + Sizes.text(size) + " exceeds the size limit of "
                + Sizes.text(maxBytes) + "; not read");
    }
}
