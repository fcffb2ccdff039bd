package org.gongwen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceInfo;
import org.gongwen.normalize.Normalizer;
import org.gongwen.structure.StructureParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of normalise + structure per document (the sample, 25 KB, 8,700 chars), to compare with PDFBox extraction
 * of the same document. Run: {@code mvn -q -o test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.openjdk.jmh.Main NormalizeStructureBench} (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class NormalizeStructureBench {
    private Extraction extraction;
    private final Normalizer normalizer = new Normalizer();
    private final StructureParser parser = new StructureParser();

    @Setup
    public void load() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/structure/sample-yunchangaiban-2022-16.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        extraction = new Extraction(new SourceInfo("sample.txt", "0", "txt", text.length(), 1, List.of()),
                List.of(ExtractedPage.text(1, text, "text")), Map.of(), List.of());
    }

    @Benchmark
    public DocumentRecord normalizeAndStructure() {
        return parser.parse(normalizer.normalize(extraction), extraction);
    }
}
