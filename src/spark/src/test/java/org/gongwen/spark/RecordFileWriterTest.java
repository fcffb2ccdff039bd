package org.gongwen.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFileWriterTest {
    @TempDir
    Path out;

    @Test
    void writesUtf8RecordsNamedAfterTheFileWithNoSideFilesLeft() throws IOException {
        try (RecordFileWriter writer = writer(7)) {
            writer.write("关于 通知.txt", "{\"title\":\"通知\"}\n");
            writer.write("a:b.pdf", "{}\n");
        }
        assertThat(names()).containsExactly("_temporary", "a:b.pdf.json", "关于 通知.txt.json");
        assertThat(out.resolve("_temporary")).isEmptyDirectory(); // the driver removes it after the job
        assertThat(Files.readString(out.resolve("关于 通知.txt.json"), StandardCharsets.UTF_8))
                .isEqualTo("{\"title\":\"通知\"}\n");
    }

    @Test
    void aRetriedTaskReplacesTheRecordAnEarlierAttemptWrote() throws IOException {
        try (RecordFileWriter first = writer(1)) {
            first.write("a.txt", "{\"v\":1}\n");
        }
        try (RecordFileWriter retry = writer(2)) {
            retry.write("a.txt", "{\"v\":2}\n");
        }
        assertThat(Files.readString(out.resolve("a.txt.json"))).isEqualTo("{\"v\":2}\n");
        assertThat(names()).containsExactly("_temporary", "a.txt.json");
    }

    @Test
    void theOutputFolderRefusesAnEarlierRunsRecordsUnlessOverwriting() throws IOException {
        Files.writeString(out.resolve("old.txt.json"), "{}");
        Files.writeString(out.resolve("failures.csv"), "");
        Files.writeString(out.resolve("notes.md"), "the archivist's own notes");
        assertThatThrownBy(() -> OutputFolder.prepare(out.toString(), new Configuration(), false))
                .isInstanceOf(IOException.class).hasMessageContaining("--overwrite");
        OutputFolder.prepare(out.toString(), new Configuration(), true);
        assertThat(names()).containsExactly("notes.md");
    }

    @Test
    void theFailureFilesAreWrittenAndTheTemporaryFolderRemoved() throws IOException {
        OutputFolder folder = OutputFolder.prepare(out.resolve("records").toString(), new Configuration(), false);
        Files.createDirectories(out.resolve("records/_temporary/attempt-3"));
        folder.finish(List.of(new Failure("b.pdf", "file:/c/b.pdf", "read", "too-large", "big")));
        try (Stream<Path> files = Files.list(out.resolve("records"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("failures.csv", "failures.jsonl");
        }
        assertThat(Files.readString(out.resolve("records/failures.jsonl"))).isEqualTo(
                "{\"file\":\"b.pdf\",\"path\":\"file:/c/b.pdf\",\"stage\":\"read\",\"code\":\"too-large\",\"reason\":\"big\"}\n");
    }

    private RecordFileWriter writer(long attempt) throws IOException {
        FileSystem fs = OutputFolder.fileSystem(out.toString(), new Configuration());
        return new RecordFileWriter(fs, OutputFolder.path(out.toString()), attempt);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
