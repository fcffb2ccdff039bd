package org.gongwen.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.gongwen.json.RecordJson;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.gongwen.pipeline.DocumentProcessor;
import org.gongwen.pipeline.ProcessedDocument;
import org.junit.jupiter.api.Test;

class GuardedWorkTest {
    private static final String PATH = "hdfs://nn/corpus/a.txt";
    private static final SourceFile FILE = new SourceFile("a.txt",
            "国务院办公厅关于做好2024年安全生产工作的通知\n国办发〔2024〕15号\n".getBytes(StandardCharsets.UTF_8));

    @Test
    void aRecordIsRenderedExactlyAsTheLocalRunnerDoes() {
        GuardedWork.Outcome outcome = new GuardedWork(WorkFactory.CORE).process(PATH, FILE);
        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.json()).isEqualTo(RecordJson.write(new DocumentProcessor().process(FILE).record()));
    }

    @Test
    void theCoresFailureProblemBecomesTheFailureRow() {
        Problem problem = Problem.of("ingest", "encrypted", "encrypted PDF: password required");
        GuardedWork.Outcome outcome = guarded(file -> new ProcessedDocument(null, problem)).process(PATH, FILE);
        assertThat(outcome.failure())
                .isEqualTo(new Failure("a.txt", PATH, "ingest", "encrypted", "encrypted PDF: password required"));
    }

    @Test
    void aStackOverflowIsOneDocumentsFailure() {
        GuardedWork.Outcome overflow = guarded(file -> deep(0)).process(PATH, FILE);
        assertThat(overflow.failure().code()).isEqualTo("stack-overflow");
        assertThat(overflow.failure().stage()).isEqualTo("pipeline");
        assertThat(overflow.failure().reason()).startsWith("java.lang.StackOverflowError");
    }

    @Test
    void anOutOfMemoryErrorIsOneDocumentsFailure() {
        GuardedWork.Outcome outcome = guarded(file -> {
            long[] huge = new long[Integer.MAX_VALUE - 8];
            return new ProcessedDocument(null, Problem.of("x", String.valueOf(huge.length), ""));
        }).process(PATH, FILE);
        assertThat(outcome.failure().code()).isEqualTo("out-of-memory");
        assertThat(outcome.failure().reason()).startsWith("java.lang.OutOfMemoryError");
    }

    @Test
    void aBugIsACrashRowWithTheExceptionAndItsMessage() {
        GuardedWork.Outcome outcome = guarded(file -> {
            throw new IllegalStateException("table without rows");
        }).process(PATH, FILE);
        assertThat(outcome.failure())
                .isEqualTo(new Failure("a.txt", PATH, "pipeline", "crash",
                        "java.lang.IllegalStateException: table without rows"));
    }

    @Test
    void theWorkIsBuiltOnceAndRebuiltOnlyAfterAnError() {
        AtomicInteger builds = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        GuardedWork work = new GuardedWork(() -> {
            builds.incrementAndGet();
            return file -> {
                if (calls.incrementAndGet() == 2) {
                    throw new NoClassDefFoundError("com/hankcs/hanlp/HanLP");
                }
                return new ProcessedDocument(null, Problem.of("ingest", "empty", "no text"));
            };
        });
        work.process(PATH, FILE);
        assertThat(work.process(PATH, FILE).failure().code()).isEqualTo("crash");
        work.process(PATH, FILE);
        work.process(PATH, FILE);
        assertThat(builds).hasValue(2);
    }

    @Test
    void jvmFaultsOtherThanStackAndHeapExhaustionAreNotSwallowed() {
        GuardedWork work = guarded(file -> {
            throw new InternalError("JIT bug");
        });
        assertThatThrownBy(() -> work.process(PATH, FILE)).isInstanceOf(InternalError.class);
    }

    private static GuardedWork guarded(Function<SourceFile, ProcessedDocument> fn) {
        return new GuardedWork(() -> fn);
    }

    /** Real recursion, as a deeply nested document makes a recursive parser do. */
    private static ProcessedDocument deep(int depth) {
        ProcessedDocument inner = deep(depth + 1);
        return depth < 0 ? inner : inner;
    }
}
