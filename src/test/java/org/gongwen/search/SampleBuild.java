package org.gongwen.search;

import org.gongwen.cli.Main;
import org.gongwen.json.RecordJson;
import org.gongwen.model.DocumentRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fixture corpus built once per test JVM with {@code gongwen build} (the real pipeline), and its records. */
public final class SampleBuild {
    public static final Path CORPUS = Path.of("src/test/resources/fixtures/corpus-sample");
    private static Path out;

    private SampleBuild() {
    }

    /** The output folder of a build of the fixture corpus; fails the test when the build fails. */
    public static synchronized Path out() throws IOException {
        if (out == null) {
            Path dir = Files.createTempDirectory("gongwen-sample-build");
            int status = Main.run("build", "--corpus", CORPUS.toString(), "--out", dir.toString());
            if (status != 0) {
                throw new AssertionError("gongwen build of " + CORPUS + " exited with " + status);
            }
            out = dir;
        }
        return out;
    }

    public static List<DocumentRecord> records() throws IOException {
        List<DocumentRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out().resolve("records"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                records.add(RecordJson.read(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        if (records.size() < 40) {
            throw new AssertionError("expected the 48 fixture documents to build, got " + records.size());
        }
        // every source has a record, but a duplicate (another form of a document) is published only as its kept form
        java.util.Set<org.gongwen.model.SourceInfo> others = new java.util.HashSet<>();
        records.forEach(r -> others.addAll(r.otherSources()));
        records.removeIf(r -> others.contains(r.source()));
        return records;
    }
}
