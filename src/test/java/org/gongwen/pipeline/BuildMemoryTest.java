package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gongwen.ingest.Hashes;
import org.gongwen.ingest.ocr.OcrMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a watching process keeps between builds: it spares reading, never changes what a build publishes. */
class BuildMemoryTest {
    private static final Path SAMPLE = Path.of("src/test/resources/fixtures/corpus-sample/pbc");

    @TempDir
    Path tmp;

    @Test
    void buildsSharingAMemoryPublishWhatBuildsEachWithAFreshOnePublish() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        for (String name : List.of("tiaofasi_departmental_rule_000001_000.txt",
                "tiaofasi_normative_document_000002_000.txt", "tiaofasi_normative_document_000003_000.txt")) {
            settled(Files.copy(SAMPLE.resolve(name), corpus.resolve(name)), 300);
        }
        BuildMemory memory = BuildMemory.forProcess();
        Path remembering = tmp.resolve("remembering");
        Path forgetting = tmp.resolve("forgetting");
        build(corpus, remembering, memory);
        build(corpus, forgetting, BuildMemory.empty());
        // a new document, then a changed one: the second and third builds take records, hashes, the word memo and
        // the live search index's bytes from the memory
        settled(Files.copy(SAMPLE.resolve("tiaofasi_departmental_rule_000009_000.txt"), corpus.resolve("new.txt")), 200);
        build(corpus, remembering, memory);
        build(corpus, forgetting, BuildMemory.empty());
        settled(Files.writeString(corpus.resolve("tiaofasi_normative_document_000003_000.txt"),
                "\n附：本文件自印发之日起施行。\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND), 100);
        build(corpus, remembering, memory);
        build(corpus, forgetting, BuildMemory.empty());

        memory.close();                                      // its last word memo saved on the memory's thread
        assertThat(remembering.resolve(".cache/search-words.bin"))
                .hasSameBinaryContentAs(forgetting.resolve(".cache/search-words.bin"));
        Map<String, byte[]> expected = PublishedFiles.of(forgetting);
        Map<String, byte[]> actual = PublishedFiles.of(remembering);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(expected.keySet()).anyMatch(p -> p.startsWith("site/search/d/"));
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
        assertThat(memory.toString()).isEqualTo("BuildMemory[4 records, 4 hashes]");
    }

    /** A watching process starts by publishing a current output again: the same files, in a new slot. */
    @Test
    void republishingAnUpToDateOutputPublishesTheSameSite() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(SAMPLE.resolve("tiaofasi_departmental_rule_000001_000.txt"), corpus.resolve("a.txt"));
        Path out = tmp.resolve("out");
        build(corpus, out, BuildMemory.empty());
        Map<String, byte[]> before = PublishedFiles.of(out);
        Path slot = out.resolve("site").toRealPath();

        assertThat(run(corpus, out).run().filesUnchanged()).isEqualTo(-1);       // up to date: nothing published
        BuildReport again = run(corpus, out).republishing().run();

        assertThat(again.filesUnchanged()).isGreaterThan(20);
        assertThat(again.filesWritten()).isZero();
        assertThat(out.resolve("site").toRealPath()).isNotEqualTo(slot);
        Map<String, byte[]> after = PublishedFiles.of(out);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aHashIsKnownOnlyForAFileUnchangedSinceItSettled() throws IOException {
        BuildMemory memory = BuildMemory.empty();
        Path settled = Files.writeString(tmp.resolve("settled.txt"), "一");
        Files.setLastModifiedTime(settled, FileTime.from(Instant.now().minusSeconds(60)));
        Path fresh = Files.writeString(tmp.resolve("fresh.txt"), "二");

        assertThat(memory.sha256(settled)).isEqualTo(Hashes.sha256("一".getBytes(StandardCharsets.UTF_8)));
        assertThat(memory.sha256(fresh)).isEqualTo(Hashes.sha256("二".getBytes(StandardCharsets.UTF_8)));
        assertThat(memory.knownSha256(settled, attributes(settled))).isNotNull();
        // written just now: it could still change within the time stamp's resolution, so it is not remembered
        assertThat(memory.knownSha256(fresh, attributes(fresh))).isNull();

        Files.writeString(settled, "三");                                       // same size, new time
        assertThat(memory.knownSha256(settled, attributes(settled))).isNull();
        assertThat(memory.sha256(settled)).isEqualTo(Hashes.sha256("三".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileIsRewrittenWhenSomethingElseChangedIt() throws IOException {
        BuildMemory memory = BuildMemory.empty();
        Path file = tmp.resolve("records/a.json");
        byte[] bytes = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(memory.writeIfChanged(file, bytes)).isTrue();
        assertThat(memory.writeIfChanged(file, bytes)).isFalse();
        Files.writeString(file, "{\"a\":22}");
        assertThat(memory.writeIfChanged(file, bytes)).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        Files.delete(file);
        assertThat(memory.writeIfChanged(file, bytes)).isTrue();
        assertThat(memory.writeIfChanged(file, "{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void theIndexIsRememberedForTheSiteFolderItWentLiveInOnly() throws IOException {
        BuildMemory memory = BuildMemory.empty();
        Path slot = Files.createDirectories(tmp.resolve("site-3"));
        memory.rememberIndex(slot, Map.of("search/index.js", new byte[] {1}));
        assertThat(memory.index(slot)).containsOnlyKeys("search/index.js");
        assertThat(memory.index(Files.createDirectories(tmp.resolve("site-4")))).isNull();
        assertThat(memory.index(null)).isNull();
        // another process removed the slot and made one of the same name: another site
        Files.delete(slot);
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(slot);
        assertThat(memory.index(slot)).isNull();
    }

    /** Dates the file back, as if it had been written that many seconds ago (its hash can then be remembered). */
    private static Path settled(Path file, int secondsAgo) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
        return file;
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class);
    }

    private static void build(Path corpus, Path out, BuildMemory memory) throws IOException {
        new BuildRun(corpus, out, "", BuildRun.Listener.QUIET, DocumentLimits.defaults(), OcrMode.OFF, memory).run();
    }

    private static BuildRun run(Path corpus, Path out) {
        return new BuildRun(corpus, out, "", BuildRun.Listener.QUIET, DocumentLimits.defaults(), OcrMode.OFF);
    }
}
