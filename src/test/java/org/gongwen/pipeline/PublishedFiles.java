package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a build published, for comparing two outputs: caches, reports and the build report left out. */
final class PublishedFiles {
    private PublishedFiles() {
    }

    /** Every published file's bytes by output-relative path, the site read through its symbolic link. */
    static Map<String, byte[]> of(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String dir : List.of("records", "markdown", "register", "site")) {
            Path root = out.resolve(dir).toRealPath();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    files.put(dir + "/" + root.relativize(f), Files.readAllBytes(f));
                }
            }
        }
        return files;
    }
}
