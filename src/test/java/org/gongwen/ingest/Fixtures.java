package org.gongwen.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.gongwen.model.SourceFile;

/** Loads files from src/test/resources/fixtures/. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture under its own file name. */
    static SourceFile file(String path) {
        return new SourceFile(path.substring(path.lastIndexOf('/') + 1), bytes(path));
    }
}
