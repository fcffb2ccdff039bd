package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {
    @TempDir
    Path temp;

    @Test
    void listsFilesAndRefusesLinksOutsidePipesAndFolderLinks() throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Path outside = Files.writeString(Files.createDirectories(temp.resolve("outside")).resolve("secret.txt"), "机密");
        Files.writeString(Files.createDirectories(corpus.resolve("2017")).resolve("银办发〔2017〕118号.txt"), "通知");
        Files.writeString(corpus.resolve("..txt"), "通知");
        Files.createSymbolicLink(corpus.resolve("passwd.txt"), outside);
        Files.createSymbolicLink(corpus.resolve("same.txt"), Path.of("2017/银办发〔2017〕118号.txt"));
        Files.createSymbolicLink(corpus.resolve("escape"), outside.getParent());
        Files.createSymbolicLink(corpus.resolve("loop"), Path.of("."));
        Files.createSymbolicLink(corpus.resolve("dangling.txt"), Path.of("none.txt"));
        Files.writeString(Files.createDirectories(corpus.resolve(".git")).resolve("HEAD"), "ref");
        Files.writeString(corpus.resolve("~$通知.docx"), "lock");
        boolean fifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start().waitFor() == 0;

        List<CorpusFiles.Entry> entries = CorpusFiles.list(corpus);

        Path real = corpus.toRealPath();
        assertThat(entries).filteredOn(e -> !e.relativePath().equals("pipe.txt"))
                .extracting(CorpusFiles.Entry::relativePath, CorpusFiles.Entry::file, e -> e.refused() ? e.refusal().message() : "")
                .containsExactly(
                        tuple("..txt", real.resolve("..txt"), ""),
                        tuple("2017/银办发〔2017〕118号.txt", real.resolve("2017/银办发〔2017〕118号.txt"), ""),
                        tuple("dangling.txt", null, "symbolic link to a missing file; not read"),
                        tuple("escape", null, "symbolic link pointing outside the corpus; not read"),
                        tuple("loop", null, "symbolic link to a folder; not followed"),
                        tuple("passwd.txt", null, "symbolic link pointing outside the corpus; not read"),
                        tuple("same.txt", real.resolve("2017/银办发〔2017〕118号.txt"), ""));
        if (fifo) {
            assertThat(entries).filteredOn(e -> e.relativePath().equals("pipe.txt")).singleElement()
                    .extracting(e -> e.refusal().message())
                    .isEqualTo("not a regular file (a device, pipe or socket); not read");
        }
    }

    @Test
    void aMissingCorpusIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CorpusFiles.list(temp.resolve("none")))
                .isInstanceOf(IOException.class);
    }
}
