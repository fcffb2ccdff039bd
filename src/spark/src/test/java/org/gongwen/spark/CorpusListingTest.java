package org.gongwen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusListingTest {
    @TempDir
    Path corpus;

    @Test
    void listsSubFoldersSortedAndSkipsHiddenAndMarkerFiles() throws IOException {
        write("pbc/2024/国办发〔2024〕15号 #1.pdf", 3);
        write("a.txt", 1);
        write(".DS_Store", 1);
        write("pbc/_SUCCESS", 0);
        write("pbc/.tmp/b.txt", 1);
        assertThat(list().files()).extracting(SourceEntry::name, SourceEntry::length)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.txt", 1L),
                        org.assertj.core.groups.Tuple.tuple("国办发〔2024〕15号 #1.pdf", 3L));
    }

    @Test
    void aTaskReopensExactlyTheListedFileWhateverItsName() throws IOException {
        write("pbc/2024/国办发〔2024〕15号 #1 100%.pdf", 5);
        SourceEntry entry = list().files().get(0);
        assertThat(entry.path()).endsWith("/pbc/2024/国办发〔2024〕15号 #1 100%.pdf");
        assertThat(PartitionWorker.readAtMost(new Configuration(), entry.hadoopPath(), 10)).hasSize(5);
        assertThat(PartitionWorker.readAtMost(new Configuration(), entry.hadoopPath(), 4)).isNull();
    }

    @Test
    void laterFilesWithANameTakenGetDuplicateRows() throws IOException {
        write("seed/a.txt", 1);
        write("pbc/a.txt", 2);
        write("pbc/b.txt", 2);
        CorpusListing listing = list();
        assertThat(listing.unique()).extracting(SourceEntry::path)
                .containsExactly("file:" + corpus + "/pbc/a.txt", "file:" + corpus + "/pbc/b.txt");
        List<Failure> duplicates = listing.duplicates();
        assertThat(duplicates).singleElement().satisfies(f -> {
            assertThat(f.path()).endsWith("/seed/a.txt");
            assertThat(f.code()).isEqualTo("duplicate-name");
            assertThat(f.reason()).endsWith("/pbc/a.txt)");
        });
    }

    @Test
    void batchesBalanceBytesLargestFirst() {
        List<SourceEntry> files = List.of(entry("a", 50), entry("b", 40), entry("c", 30), entry("d", 20),
                entry("e", 10), entry("f", 0));
        assertThat(Batches.plan(files, 2)).extracting(batch -> batch.stream().map(SourceEntry::name).toList())
                .containsExactly(List.of("a", "d", "e"), List.of("b", "c", "f"));
        assertThat(Batches.plan(files, 10)).hasSize(6);
        assertThat(Batches.plan(List.of(), 4)).singleElement().satisfies(b -> assertThat(b).isEmpty());
    }

    private static SourceEntry entry(String name, long length) {
        return new SourceEntry("file:/c/" + name, "file:/c/" + name, name, length);
    }

    private CorpusListing list() throws IOException {
        return CorpusListing.list(OutputFolder.fileSystem(corpus.toString(), new Configuration()),
                OutputFolder.path(corpus.toString()));
    }

    private void write(String relative, int bytes) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
    }
}
