package org.gongwen.spark;

import java.util.function.Function;
import org.apache.spark.TaskContext;
import org.gongwen.json.RecordJson;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.gongwen.pipeline.ProcessedDocument;

/**
 * Runs the per-document work so that one document can never take its partition down: a failed read gives the
 * core's failure problem, and anything thrown (a parser bug, a {@link StackOverflowError} on a deeply nested
 * document, an {@link OutOfMemoryError} on one huge scan) becomes a failure row for that document alone.
 *
 * <p>After an {@link Error} the work is rebuilt, since static state half-initialised by the error (a dictionary
 * that was loading) must not poison the next documents. Spark's own task kills (a speculative copy that lost) are
 * rethrown, as are JVM faults other than stack and heap exhaustion.
 */
final class GuardedWork {
    /** The outcome for one document: the record's JSON, exactly as {@code gongwen extract} writes it, or a failure. */
    record Outcome(String json, Failure failure) {
        boolean failed() {
            return failure != null;
        }
    }

    private final WorkFactory factory;
    private Function<SourceFile, ProcessedDocument> work;

    GuardedWork(WorkFactory factory) {
        this.factory = factory;
    }

    Outcome process(String path, SourceFile file) {
        try {
            ProcessedDocument doc = work().apply(file);
            if (doc.failed()) {
                Problem p = doc.failure();
                return failed(file, path, p.stage(), p.code(), p.message());
            }
            return new Outcome(RecordJson.write(doc.record()), null);
        } catch (StackOverflowError e) {
            return crashed(file, path, "stack-overflow", e);
        } catch (OutOfMemoryError e) {
            return crashed(file, path, "out-of-memory", e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            stopIfTaskKilled();
            if (e instanceof Error) {
                work = null;
            }
            return failed(file, path, "pipeline", "crash", e.toString());
        }
    }

    private Function<SourceFile, ProcessedDocument> work() {
        if (work == null) {
            work = factory.create();
        }
        return work;
    }

    private Outcome crashed(SourceFile file, String path, String code, Error e) {
        work = null;
        stopIfTaskKilled();
        return failed(file, path, "pipeline", code, e.toString());
    }

    /** An interrupted parse of a killed task is not the document's fault: let Spark end the task. */
    private static void stopIfTaskKilled() {
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.killTaskIfInterrupted();
        }
    }

    static Outcome failed(SourceFile file, String path, String stage, String code, String reason) {
        return new Outcome(null, new Failure(file.name(), path, stage, code, reason));
    }
}
