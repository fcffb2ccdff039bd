package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * The documents, and the entries refused with their reason (links out of the corpus, pipes), as listed by
     * {@link CorpusFiles}, which never leaves the corpus folder.
     */
    static List<CorpusFiles.Entry> scan(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("corpus folder not found: " + corpus);
        }
        List<CorpusFiles.Entry> files = new ArrayList<>();
        for (CorpusFiles.Entry entry : CorpusFiles.list(corpus)) {
            String path = entry.relativePath();
            int slash = path.lastIndexOf('/');
            boolean inHiddenFolder = path.startsWith(".") || path.substring(0, slash + 1).contains("/.");
            if (!inHiddenFolder && isDocument(corpus.getFileSystem().getPath(path.substring(slash + 1)))) {
                files.add(entry);
            }
        }
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
