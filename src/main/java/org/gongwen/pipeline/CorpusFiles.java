package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gongwen.model.Problem;

/**
 * Lists the documents of a corpus folder without ever leaving it: symbolic links are resolved to their real paths and
 * refused when they point outside the corpus (a {@code 通知.txt → /etc/passwd} must not be published), links to
 * folders are not followed (no escape, no loops), and pipes and devices are refused. Version-control folders and
 * editor or Office lock files are skipped silently.
 *
 * <p>Each file is given by its path relative to the corpus with {@code /} separators, e.g.
 * {@code 2017/银办发〔2017〕118号.pdf}; that path is an identifier for messages, never a path to write to.
 */
public final class CorpusFiles {
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".svn", ".hg", "__MACOSX");
    private static final Set<String> SKIPPED_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep");

    private CorpusFiles() {
    }

    /**
     * One entry of the corpus: a file to read, or one refused with its reason.
     *
     * @param relativePath the path inside the corpus, '/'-separated
     * @param file         the real path to read (links resolved), null when refused
     * @param refusal      why it is not read, null when it may be
     */
    public record Entry(String relativePath, Path file, Problem refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /** Lists the corpus in path order; throws only when the corpus folder itself cannot be read. */
    public static List<Entry> list(Path corpus) throws IOException {
        Path root = corpus.toRealPath();
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(root) && SKIPPED_FOLDERS.contains(dir.getFileName().toString());
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (!SKIPPED_FILES.contains(name) && !name.startsWith("~$") && !name.startsWith(".~lock.")) {
                    entries.add(entry(root, file, attrs));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                entries.add(refused(root, file, "unreadable-file", "cannot read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort(Comparator.comparing(Entry::relativePath));
        return List.copyOf(entries);
    }

    private static Entry entry(Path root, Path file, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            return linkEntry(root, file);
        }
        if (!attrs.isRegularFile()) {
            return refused(root, file, "not-a-file", "not a regular file (a device, pipe or socket); not read");
        }
        return new Entry(relative(root, file), file, null);
    }

    private static Entry linkEntry(Path root, Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            return refused(root, link, "broken-link", "symbolic link to a missing file; not read");
        }
        if (!target.startsWith(root)) {
            return refused(root, link, "outside-corpus", "symbolic link pointing outside the corpus; not read");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return refused(root, link, "link-to-folder", "symbolic link to a folder; not followed");
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return refused(root, link, "not-a-file", "not a regular file (a device, pipe or socket); not read");
        }
        return new Entry(relative(root, link), target, null);
    }

    private static Entry refused(Path root, Path file, String code, String message) {
        return new Entry(relative(root, file), null, Problem.of("ingest", code, message));
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
