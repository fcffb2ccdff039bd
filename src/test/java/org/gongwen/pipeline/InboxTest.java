package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongwen.site.IngestReportPage.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watched inbox: files are taken once settled, and put away after the ingest. */
class InboxTest {
    private static final Instant T = Instant.parse("2026-12-05T10:00:00Z");

    @TempDir
    Path tmp;

    private Path drop(String name, String content, Instant modified) throws IOException {
        Path f = Files.writeString(tmp.resolve(name), content);
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    @Test
    void aFileIsTakenAtTheSecondPollThatSeesItUnchangedAndSettled() throws IOException {
        Inbox inbox = new Inbox(tmp);
        Path f = drop("通知.txt", "正文", T);

        assertThat(inbox.settled(T.plusSeconds(5))).isEmpty();            // first seen
        assertThat(inbox.settled(T.plusSeconds(6))).containsExactly(f);
    }

    @Test
    void aFileStillBeingWrittenIsNotTaken() throws IOException {
        Inbox inbox = new Inbox(tmp);
        Path f = drop("scan.pdf", "part", T);
        assertThat(inbox.settled(T.plusSeconds(5))).isEmpty();
        drop("scan.pdf", "part and more", T.plusSeconds(5));               // grew since the last poll
        assertThat(inbox.settled(T.plusSeconds(5).plusMillis(200))).isEmpty();
        // unchanged now, but modified less than 500 ms before this poll
        assertThat(inbox.settled(T.plusSeconds(5).plusMillis(400))).isEmpty();
        assertThat(inbox.settled(T.plusSeconds(5).plusMillis(500))).containsExactly(f);
    }

    @Test
    void hiddenFilesSidecarsAndFoldersAreNotTaken() throws IOException {
        Inbox inbox = new Inbox(tmp);
        drop(".partial.pdf", "x", T);
        drop("a.pdf.fix.yaml", "docNumber: x", T);
        Files.createDirectories(tmp.resolve("sub"));
        drop("sub.txt", "x", T);
        inbox.settled(T.plusSeconds(5));
        assertThat(inbox.settled(T.plusSeconds(6))).extracting(p -> p.getFileName().toString())
                .containsExactly("sub.txt");
    }

    @Test
    void takenFilesArePutAwayUnderTheirNameOrANumberedOne() throws IOException {
        Inbox inbox = new Inbox(tmp);
        Path first = inbox.putAway(drop("通知.txt", "one", T), false);
        Path second = inbox.putAway(drop("通知.txt", "two", T), false);
        Path failed = inbox.putAway(drop("坏.pdf", "%PDF-broken", T), true);

        assertThat(tmp.relativize(first)).hasToString(".ingested/通知.txt");
        assertThat(tmp.relativize(second)).hasToString(".ingested/通知-2.txt");
        assertThat(Files.readString(second)).isEqualTo("two");
        assertThat(tmp.relativize(failed)).hasToString(".failed/坏.pdf");
        assertThat(tmp.resolve("通知.txt")).doesNotExist();
    }

    /** The warm-up reads one corpus file of each kind and leaves corpus and output as they were. */
    @Test
    void theWarmUpReadsOneFileOfEachKindAndWritesNothing() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/pbc"));
        Path texts = Path.of("src/test/resources/fixtures/corpus-sample/pbc");
        for (String name : List.of("tiaofasi_departmental_rule_000001_000.txt",
                "tiaofasi_normative_document_000002_000.txt")) {
            Files.copy(texts.resolve(name), corpus.resolve(name));
        }
        Files.copy(Path.of("src/test/resources/fixtures/pdf/pbc-yinfa-2024-2.pdf"), corpus.resolve("a.PDF"));
        Path out = tmp.resolve("out");
        InboxWatcher watcher = new InboxWatcher(List.of(Files.createDirectories(tmp.resolve("inbox"))),
                tmp.resolve("corpus"), out, DocumentLimits.defaults(), org.gongwen.ingest.ocr.OcrMode.OFF,
                BuildMemory.empty());

        assertThat(watcher.warmUp()).isEqualTo(2);                            // txt and pdf
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.PDF",
                    "tiaofasi_departmental_rule_000001_000.txt", "tiaofasi_normative_document_000002_000.txt");
        }
    }

    /** One watcher poll ingests what has settled, in this process, and puts the inbox file away. */
    @Test
    void theWatcherIngestsASettledFileAndPutsItAway() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path out = tmp.resolve("out");
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path sample = Path.of("src/test/resources/fixtures/corpus-sample/pbc")
                .resolve("tiaofasi_departmental_rule_000009_000.txt");
        Path dropped = Files.copy(sample, inbox.resolve("new.txt"));
        Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().minusSeconds(5)));
        BuildMemory memory = BuildMemory.empty();
        InboxWatcher watcher = new InboxWatcher(List.of(inbox), corpus, out, DocumentLimits.defaults(),
                org.gongwen.ingest.ocr.OcrMode.OFF, memory);
        IngestRun.Rebuild rebuild = added -> {
            BuildReport r = new BuildRun(corpus, out, "", BuildRun.Listener.QUIET, DocumentLimits.defaults(),
                    org.gongwen.ingest.ocr.OcrMode.OFF, memory).run();
            return r.documents() + " documents";
        };

        assertThat(watcher.poll(rebuild)).isEmpty();                       // first seen
        Optional<IngestRun.Result> result = watcher.poll(rebuild);

        assertThat(result).isPresent();
        Entry entry = result.get().entries().get(0);
        assertThat(entry.status()).isEqualTo("added");
        assertThat(result.get().build()).isEqualTo("1 documents");
        assertThat(corpus.resolve(entry.corpusFile())).hasSameBinaryContentAs(sample);
        assertThat(inbox.resolve(".ingested/new.txt")).hasSameBinaryContentAs(sample);
        assertThat(dropped).doesNotExist();
        assertThat(out.resolve("site/index.html")).isRegularFile();
        assertThat(watcher.poll(rebuild)).isEmpty();
    }
}
