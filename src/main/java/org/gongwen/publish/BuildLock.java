package org.gongwen.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The lock that keeps two builds (or ingests) from writing one output folder at once: an OS file lock on
 * {@code output/.lock}, released by the OS when the holder exits in any way, even {@code kill -9}, so it never goes
 * stale. The file holds the holder's pid and start time for the message the second build prints:
 * {@code another gongwen build is running on output (pid 4242, started 2026-11-24T00:41:02Z); try again when it has
 * finished}.
 */
public final class BuildLock implements AutoCloseable {
    /** The lock file's name in the output folder. */
    public static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of an output folder (created when missing) without waiting.
     *
     * @throws LockedException when another build holds it
     */
    public static BuildLock acquire(Path out) throws IOException {
        Files.createDirectories(out);
        Path file = out.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;  // held by another build in this JVM
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new LockedException("another gongwen build is running on " + out
                    + (holder.isEmpty() ? "" : " (" + holder + ")") + "; try again when it has finished");
        }
        ByteBuffer who = ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n").getBytes(StandardCharsets.UTF_8));
        channel.truncate(0);
        channel.write(who, 0);
        return new BuildLock(channel, lock);
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(200);
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another build holds the lock. */
    public static final class LockedException extends IOException {
        private static final long serialVersionUID = 1L;

        LockedException(String message) {
            super(message);
        }
    }
}
