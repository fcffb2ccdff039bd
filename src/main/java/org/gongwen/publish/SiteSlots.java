package org.gongwen.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publishing a site in one atomic step. Each build writes a complete new site into a fresh slot folder beside the
 * live one ({@code output/site-7}); {@code output/site} is a symbolic link to the live slot, and publishing replaces
 * that link by renaming a new link over it: one {@code rename(2)}, atomic on POSIX file systems. A crash or
 * {@code kill -9} at any moment therefore leaves {@code output/site} pointing at a complete site, the old or the new
 * one; unfinished slots and stray links are removed by the next {@link #prepare()}. The slot replaced is kept until
 * the next build starts, so that a web server still reading it is not cut off; that build deletes it on a thread of
 * its own while it makes the new site, and {@link #publish} waits for the deletion.
 *
 * <p>Where symbolic links cannot be made (some Windows set-ups) it swaps folders with two renames instead, which
 * leaves a window of microseconds in which {@code output/site} is missing; {@link #prepare()} repairs a crash in it.
 * An {@code output/site} folder from before slots is moved into a slot by {@link #prepare()}.
 */
public final class SiteSlots {
    /** Suffix of the marker {@code .site-7.complete} written beside a slot just before it is published. */
    static final String COMPLETE = ".complete";
    private static final Pattern SLOT = Pattern.compile("(.+)-(\\d+)");

    private final Path live;
    private final String base;
    /** Deletes the slots retired by {@link #prepare()}; null when there were none. */
    private Thread retiring;
    private volatile IOException retiringFailed;

    /** Slots for the site at {@code live}, e.g. {@code output/site}. */
    public SiteSlots(Path live) {
        this.live = live.toAbsolutePath().normalize();
        this.base = this.live.getFileName().toString();
    }

    /**
     * Repairs what a crash left, removes unfinished slots, and creates a fresh empty folder for the next site.
     *
     * @return the new folder, to be filled and then passed to {@link #publish}
     */
    public Path prepare() throws IOException {
        Files.createDirectories(live.getParent());
        recover();
        if (!symlinksWork()) {
            Path staging = live.resolveSibling(base + ".staging");
            deleteTree(staging);
            Files.createDirectories(staging);
            return staging;
        }
        if (Files.isDirectory(live, LinkOption.NOFOLLOW_LINKS)) {
            Path slot = slotPath(nextNumber());
            Files.writeString(marker(slot), "");
            Files.move(live, slot, StandardCopyOption.ATOMIC_MOVE);
            link(slot);
        }
        Path slot = slotPath(nextNumber());
        Files.createDirectories(slot);
        retire(current(), slot);
        return slot;
    }

    /** Starts deleting every complete slot but the live one and the new one, on a thread of its own. */
    private void retire(Path current, Path next) throws IOException {
        List<Path> old = slots().stream().filter(s -> !s.equals(current) && !s.equals(next)).toList();
        if (old.isEmpty()) {
            return;
        }
        retiring = new Thread(() -> {
            try {
                for (Path slot : old) {
                    delete(slot);
                }
            } catch (IOException e) {
                retiringFailed = e;
            }
        }, "gongwen-retire-slots");
        retiring.setDaemon(true);
        retiring.start();
    }

    private void awaitRetired() throws IOException {
        if (retiring == null) {
            return;
        }
        try {
            retiring.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deleting old sites", e);
        }
        retiring = null;
        if (retiringFailed != null) {
            throw retiringFailed;
        }
    }

    /** Makes {@code folder} (from {@link #prepare()}) the live site; then deletes slots older than the one replaced. */
    public void publish(Path folder) throws IOException {
        if (folder.getFileName().toString().equals(base + ".staging")) {
            swapFolders(folder);
            return;
        }
        awaitRetired();
        // beside the slot, not in it: the site's files stay exactly what the build wrote
        Files.writeString(marker(folder), "");
        Path previous = current();
        link(folder);
        for (Path old : slots()) {
            if (!old.equals(folder) && !old.equals(previous)) {
                delete(old);
            }
        }
    }

    /** The folder of the live site, or null when there is none. */
    public Path current() throws IOException {
        if (Files.isSymbolicLink(live)) {
            Path target = live.resolveSibling(Files.readSymbolicLink(live)).normalize();
            return Files.isDirectory(target) ? target : null;
        }
        return Files.isDirectory(live) ? live : null;
    }

    private void recover() throws IOException {
        Path moved = live.resolveSibling(base + ".previous");
        if (!Files.exists(live, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(moved)) {
            Files.move(moved, live, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(moved);
        deleteTree(live.resolveSibling(base + ".staging"));
        try (Stream<Path> siblings = Files.list(live.getParent())) {
            for (Path p : siblings.toList()) {
                String name = p.getFileName().toString();
                boolean orphanMarker = name.startsWith("." + base + "-") && name.endsWith(COMPLETE)
                        && !Files.isDirectory(p.resolveSibling(name.substring(1, name.length() - COMPLETE.length())));
                if (name.startsWith("." + base + ".link-") || orphanMarker) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Path current = current();
        for (Path slot : slots()) {
            if (!slot.equals(current) && !Files.exists(marker(slot))) {
                delete(slot);
            }
        }
        if (current == null) {
            List<Path> complete = slots();
            if (!complete.isEmpty()) {
                link(complete.get(complete.size() - 1));
            }
        }
    }

    private static Path marker(Path slot) {
        return slot.resolveSibling("." + slot.getFileName() + COMPLETE);
    }

    /** Deletes a slot, then its marker (in this order, so a crash never leaves a marked half-deleted slot). */
    private static void delete(Path slot) throws IOException {
        Files.deleteIfExists(marker(slot));
        deleteTree(slot);
    }

    private void link(Path slot) throws IOException {
        Path link = live.resolveSibling("." + base + ".link-" + number(slot));
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, slot.getFileName());
        Files.move(link, live, StandardCopyOption.ATOMIC_MOVE);
    }

    private void swapFolders(Path staging) throws IOException {
        Path moved = live.resolveSibling(base + ".previous");
        if (Files.exists(live)) {
            Files.move(live, moved, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, live, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(moved);
    }

    private boolean symlinksWork() {
        Path probe = live.resolveSibling("." + base + ".link-probe");
        try {
            Files.deleteIfExists(probe);
            Files.createSymbolicLink(probe, Path.of(base));
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private int nextNumber() throws IOException {
        int next = 1;
        for (Path slot : slots()) {
            next = Math.max(next, number(slot) + 1);
        }
        return next;
    }

    private Path slotPath(int n) {
        return live.resolveSibling(base + "-" + n);
    }

    private List<Path> slots() throws IOException {
        List<Path> slots = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(live.getParent())) {
            for (Path p : siblings.toList()) {
                Matcher m = SLOT.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(base) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    slots.add(p);
                }
            }
        }
        slots.sort(Comparator.comparingInt(SiteSlots::number));
        return slots;
    }

    private static int number(Path slot) {
        Matcher m = SLOT.matcher(slot.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    /**
     * Deletes a folder and everything in it; files or folders already gone (another thread or process deleting the
     * same old slot, as after a failed build) are passed over.
     */
    static void deleteTree(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            Files.deleteIfExists(dir);
            return;
        }
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
