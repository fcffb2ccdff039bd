package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;

/**
 * Runs {@link DocumentProcessor} on one document under {@link DocumentLimits}: files over the size limit are refused
 * before a byte is read, the work runs on a worker thread and is abandoned when it exceeds the time limit, and running
 * out of memory or stack inside one document fails that document only. Whatever happens, the outcome is a
 * {@link ProcessedDocument}; a failure carries the stage and a reason in plain words, e.g. a 1 GB {@code 报告.pdf}
 * fails with "file of 1 GB exceeds the size limit of 512 MB; not read".
 *
 * <p>An abandoned worker cannot write output: workers only compute a value, every write happens on the caller's
 * thread, and the value of an abandoned worker is never looked at. The worker is interrupted and demoted to the
 * lowest priority; Java offers no safe way to kill it.
 */
public final class GuardedProcessor implements AutoCloseable {
    private final DocumentWork processor;
    private final DocumentLimits limits;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "gongwen-document");
        thread.setDaemon(true); // an abandoned worker must not keep the JVM alive at the end of a batch
        return thread;
    });

    public GuardedProcessor(DocumentProcessor processor, DocumentLimits limits) {
        this((DocumentWork) Objects.requireNonNull(processor, "processor")::process, limits);
    }

    GuardedProcessor(DocumentWork processor, DocumentLimits limits) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public DocumentLimits limits() {
        return limits;
    }

    /** How many documents were abandoned after their time limit so far. */
    public int abandonedCount() {
        return abandoned.get();
    }

    /** Reads one file and processes it; never throws for a bad, huge, slow or missing file. */
    public ProcessedDocument process(Path file) {
        Problem refusal = FileChecks.refusal(file, limits.maxBytes());
        if (refusal != null) {
            return ProcessedDocument.failed(refusal);
        }
        String name = file.getFileName().toString();
        return runLimited(() -> processor.process(new SourceFile(name, readBytes(file))));
    }

    /** Processes one file already in memory; never throws for bad content. */
    public ProcessedDocument process(SourceFile file) {
        if (file.bytes().length > limits.maxBytes()) {
            return ProcessedDocument.failed(FileChecks.tooLarge(file.bytes().length, limits.maxBytes()));
        }
        return runLimited(() -> processor.process(file));
    }

    private ProcessedDocument runLimited(Callable<ProcessedDocument> work) {
        AtomicReference<Thread> worker = new AtomicReference<>();
        Future<ProcessedDocument> future = workers.submit(() -> {
            worker.set(Thread.currentThread());
            return work.call();
        });
        try {
            return future.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return ProcessedDocument.failed(abandon(future, worker.get()));
        } catch (ExecutionException e) {
            return ProcessedDocument.failed(Failures.describe(e.getCause()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return ProcessedDocument.failed(Problem.of("pipeline", "interrupted", "the batch was interrupted"));
        }
    }

    private Problem abandon(Future<ProcessedDocument> future, Thread thread) {
        String stage = thread == null ? "ingest" : Failures.stageOf(thread.getStackTrace());
        future.cancel(true);
        abandoned.incrementAndGet();
        if (thread != null) {
            thread.setPriority(Thread.MIN_PRIORITY); // it may still be burning a core; let the batch go first
        }
        return Problem.of(stage, "time-limit",
                "time limit of " + limits.timeLimitText() + " exceeded while " + Failures.activity(stage));
    }

    private static byte[] readBytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** The work on one document that the guard wraps ({@link DocumentProcessor#process} outside tests). */
    @FunctionalInterface
    interface DocumentWork {
        ProcessedDocument process(SourceFile file);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
