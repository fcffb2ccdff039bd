package org.gongwen.model;

import java.util.Objects;

/**
 * One input file as bytes and its name: everything the per-document work depends on. The work on a document is a
 * pure function of this record, so it can run on any machine (see {@code pipeline.DocumentProcessor}).
 *
 * @param name  the file name (no directories), used to pick a reader by extension and in messages
 * @param bytes the file content; callers must not modify the array after handing it over
 */
public record SourceFile(String name, byte[] bytes) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The lower-case extension without the dot, or "" when the name has none. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
