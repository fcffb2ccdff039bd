package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The documents of a corpus folder, recursively, in a deterministic order (relative path with {@code /}, by UTF-16
 * order). Hidden files and folders (name starting with a dot) and sidecar files ({@code *.fix.yaml}, corrections from
 * issue 6) are not documents.
 */
final class CorpusScanner {
    private CorpusScanner() {
    }

    static List<Path> scan(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("corpus folder not found: " + corpus);
        }
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(corpus, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(corpus) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isDocument(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(f -> relative(corpus, f)));
        return files;
    }

    static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !hidden(file) && !name.endsWith(".fix.yaml") && !name.endsWith(".fix.yml") && !name.endsWith("~");
    }

    static String relative(Path corpus, Path file) {
        return corpus.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
