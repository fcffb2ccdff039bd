package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardedProcessorTest {
    private static final DocumentLimits LIMITS = new DocumentLimits(Duration.ofMillis(300), 1L << 20);

    @TempDir
    Path dir;

    private final AtomicInteger calls = new AtomicInteger();

    /** Work that records the call and fails with a recognisable reason naming the file. */
    private ProcessedDocument countingWork(SourceFile file) {
        calls.incrementAndGet();
        return ProcessedDocument.failed(Problem.of("test", "seen", file.name() + " " + file.bytes().length));
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingIt() throws IOException {
        Path big = dir.resolve("国办发〔2023〕1号.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(2L << 20); // sparse: nothing is written
        }
        try (GuardedProcessor guard = new GuardedProcessor(this::countingWork, LIMITS)) {
            ProcessedDocument doc = guard.process(big);
            assertThat(doc.failure()).isEqualTo(Problem.of("ingest", "too-large",
                    "file of 2 MB exceeds the size limit of 1 MB; not read"));
        }
        assertThat(calls).hasValue(0);
    }

    @Test
    void readsAFileWithinTheLimits() throws IOException {
        Path small = Files.writeString(dir.resolve("通知.txt"), "关于做好工作的通知", StandardCharsets.UTF_8);
        try (GuardedProcessor guard = new GuardedProcessor(this::countingWork, LIMITS)) {
            assertThat(guard.process(small).failure().message()).isEqualTo("通知.txt 27");
        }
    }

    @Test
    void abandonsADocumentOverTheTimeLimitAndGoesOnWithTheNext() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        GuardedProcessor.DocumentWork work = file -> {
            if (file.name().equals("slow.txt")) {
                awaitIgnoringInterrupts(release);
                return ProcessedDocument.failed(Problem.of("test", "late", "the abandoned result"));
            }
            return countingWork(file);
        };
        try (GuardedProcessor guard = new GuardedProcessor(work, LIMITS)) {
            long start = System.nanoTime();
            ProcessedDocument slow = guard.process(new SourceFile("slow.txt", new byte[1]));
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            release.countDown();
            ProcessedDocument next = guard.process(new SourceFile("next.txt", new byte[3]));

            assertThat(slow.failure()).isEqualTo(Problem.of("ingest", "time-limit",
                    "time limit of 0.3 s exceeded while reading"));
            assertThat(elapsedMillis).isBetween(300L, 5_000L);
            assertThat(next.failure().message()).isEqualTo("next.txt 3");
            assertThat(guard.abandonedCount()).isEqualTo(1);
        }
    }

    @Test
    void runningOutOfMemoryFailsOnlyThatDocument() {
        GuardedProcessor.DocumentWork greedy = file -> {
            long[] huge = new long[Integer.MAX_VALUE - 8]; // 16 GB: always more than the test heap
            return ProcessedDocument.failed(Problem.of("test", "impossible", String.valueOf(huge.length)));
        };
        // a full collection precedes the error, so allow it more time than the other tests
        try (GuardedProcessor guard = new GuardedProcessor(greedy, LIMITS.withTimeLimit(Duration.ofSeconds(30)))) {
            Problem failure = guard.process(new SourceFile("scan.pdf", new byte[1])).failure();
            assertThat(failure.code()).isEqualTo("out-of-memory");
            assertThat(failure.message()).startsWith("ran out of memory while reading (heap limit ");
        }
    }

    @Test
    void aStackOverflowFailsOnlyThatDocument() {
        try (GuardedProcessor guard = new GuardedProcessor(file -> recurse(file, 0), LIMITS)) {
            assertThat(guard.process(new SourceFile("nested.docx", new byte[1])).failure())
                    .isEqualTo(Problem.of("ingest", "too-deeply-nested", "content nested too deeply while reading"));
        }
    }

    @Test
    void aCrashInAStageBecomesAProblemNamingTheException() {
        GuardedProcessor.DocumentWork crashing = file -> {
            throw new IllegalStateException("bad xref table\nat offset 12");
        };
        try (GuardedProcessor guard = new GuardedProcessor(crashing, LIMITS)) {
            assertThat(guard.process(new SourceFile("a.pdf", new byte[1])).failure()).isEqualTo(Problem.of("ingest",
                    "internal-error", "failed while reading: IllegalStateException: bad xref table"));
        }
    }

    @Test
    void refusesMissingFilesFoldersAndPipes() throws Exception {
        Path fifo = dir.resolve("通知.txt");
        try (GuardedProcessor guard = new GuardedProcessor(this::countingWork, LIMITS)) {
            assertThat(guard.process(dir.resolve("none.txt")).failure())
                    .isEqualTo(Problem.of("ingest", "missing", "no such file"));
            assertThat(guard.process(dir).failure())
                    .isEqualTo(Problem.of("ingest", "not-a-file", "is a folder, not a file"));
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo available");
            assertThat(guard.process(fifo).failure()).isEqualTo(Problem.of("ingest", "not-a-file",
                    "not a regular file (a device, pipe or socket); not read"));
        }
        assertThat(calls).hasValue(0);
    }

    @Test
    void theRealProcessorRunsUnderTheGuard() {
        try (GuardedProcessor guard = new GuardedProcessor(new DocumentProcessor(), LIMITS)) {
            ProcessedDocument doc = guard.process(new SourceFile("通知.txt", "关于做好工作的通知".getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.record().text()).isEqualTo("关于做好工作的通知");
        }
    }

    @Test
    void defaultsAreTwoMinutesAndAtMost512Megabytes() {
        DocumentLimits defaults = DocumentLimits.defaults();
        assertThat(defaults.timeLimit()).isEqualTo(Duration.ofSeconds(120));
        assertThat(defaults.maxBytes()).isEqualTo(Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 3));
        assertThat(defaults.timeLimitText()).isEqualTo("120 s");
    }

    private static ProcessedDocument recurse(SourceFile file, int depth) {
        if (depth < 0) {
            return ProcessedDocument.failed(Problem.of("test", "never", file.name()));
        }
        return recurse(file, depth + 1);
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // a runaway parser ignores interrupts too
            }
        }
    }

}
