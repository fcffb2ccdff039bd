package org.gongwen.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies test fixtures to temporary folders. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/workflow/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    static Path copy(String name, Path dir, String as) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(as), bytes(name));
    }
}
