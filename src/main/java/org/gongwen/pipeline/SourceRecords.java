package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.curate.FixFile;
import org.gongwen.model.SourceFile;

/**
 * The uncorrected records of corpus sources, for the commands that need them outside a build (check, fix, ingest).
 */
final class SourceRecords {
    private final DocumentProcessor processor = new DocumentProcessor();

    /** The record extraction gives for one file (uncorrected). */
    ProcessedDocument extract(Path file) throws IOException {
        return processor.process(new SourceFile(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    /** The documents of a corpus folder, recursively, sorted; hidden files and sidecars are not documents. */
    static List<Path> sources(Path corpus) throws IOException {
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
                if (attrs.isRegularFile() && !hidden(file) && !FixFile.isSidecar(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
