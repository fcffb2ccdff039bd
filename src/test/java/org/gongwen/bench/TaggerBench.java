package org.gongwen.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongwen.tag.Tagging;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tagger throughput in characters per second on one thread, over the tag fixtures (a speech, two PBoC notices and
 * three 2026 provincial report excerpts, about 60 000 characters), next to HanLP's own segmentation with number,
 * organisation and name recognition on, in the same run. The {@code chars} counter is the figure to read (chars/s).
 * Run with {@code scripts/bench-tagger}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class TaggerBench {
    private List<String> documents;
    private Tagging rules;
    private Tagging withHanlp;
    private Segment hanlp;

    /** Counts the characters processed, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Chars {
        public long chars;

        @Setup(Level.Iteration)
        public void reset() {
            chars = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("bench.corpus", "src/test/resources/fixtures/tag"));
        documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                documents.add(Files.readString(f));
            }
        }
        rules = Tagging.rulesOnly();
        withHanlp = Tagging.withHanlp();
        hanlp = HanLP.newSegment().enableNumberQuantifierRecognize(true).enableOrganizationRecognize(true)
                .enableNameRecognize(true).enableOffset(true);
        withHanlp.tag(documents.get(0), "2022-11-21"); // loads HanLP outside the measurement
    }

    @Benchmark
    public void taggerRulesOnly(Chars counter, Blackhole bh) {
        for (String d : documents) {
            bh.consume(rules.tag(d, "2022-11-21"));
            counter.chars += d.length();
        }
    }

    @Benchmark
    public void taggerWithHanlpOnCueSentences(Chars counter, Blackhole bh) {
        for (String d : documents) {
            bh.consume(withHanlp.tag(d, "2022-11-21"));
            counter.chars += d.length();
        }
    }

    @Benchmark
    public void hanlpSegmentNumbersOrgsNames(Chars counter, Blackhole bh) {
        for (String d : documents) {
            bh.consume(hanlp.seg(d));
            counter.chars += d.length();
        }
    }
}
