package org.gongwen.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes that a crash or {@code kill -9} at any moment leaves either complete or absent, never half-written: the
 * bytes go to a hidden temporary file in the same folder, which is then renamed (or linked) into place. Readers of
 * the corpus and the output skip hidden files, and the next run removes leftovers.
 *
 * <p>Example: {@code AtomicFiles.write(corpus.resolve("a.pdf.fix.yaml"), yaml)};
 * {@code AtomicFiles.createNew(corpus.resolve("银发〔2014〕168号_3f1c9a2b.pdf"), bytes)}.
 */
public final class AtomicFiles {
    /** Prefix of the temporary files, so that scanners (which skip names starting with a dot) never see them. */
    public static final String TEMP_PREFIX = ".tmp-";

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code bytes} in one rename. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = temp(target, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates {@code target} with {@code bytes}, never replacing an existing file (a hard link is created atomically
     * and fails when the name is taken, unlike a rename, which would replace it).
     *
     * @throws FileAlreadyExistsException when {@code target} exists
     */
    public static void createNew(Path target, byte[] bytes) throws IOException {
        Path tmp = temp(target, bytes);
        try {
            Files.createLink(target, tmp);
        } catch (UnsupportedOperationException e) {
            // no hard links on this file system: copying without REPLACE_EXISTING still never overwrites
            Files.copy(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path temp(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = newTempFile(dir);
        try {
            Files.write(tmp, bytes);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /**
     * A new empty temporary file with the permissions of any new file (the umask's), not the owner-only ones of
     * {@link Files#createTempFile}: the file becomes an archived original or a published output that a web server
     * or a colleague must be able to read.
     */
    private static Path newTempFile(Path dir) throws IOException {
        while (true) {
            try {
                return Files.createFile(dir.resolve(TEMP_PREFIX
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part"));
            } catch (FileAlreadyExistsException e) {
                // another writer drew the same name: draw again
            }
        }
    }
}
