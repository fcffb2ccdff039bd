package org.gongwen.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeReplacesAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("a.fix.yaml");
        AtomicFiles.write(f, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(f, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(f).hasContent("two");
        assertThat(Files.list(dir)).containsExactly(f);
    }

    @Test
    void createNewNeverOverwrites() throws IOException {
        Path f = dir.resolve("银发〔2014〕168号_3f1c9a2b.pdf");
        AtomicFiles.createNew(f, "first".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AtomicFiles.createNew(f, "second".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(f).hasContent("first");
        assertThat(Files.list(dir)).containsExactly(f);
    }

    @Test
    void writtenFilesGetTheUsualPermissionsNotOwnerOnly() throws IOException {
        Path usual = Files.write(dir.resolve("usual.txt"), new byte[] {1});
        Path written = dir.resolve("written.txt");
        Path created = dir.resolve("created.txt");
        AtomicFiles.write(written, new byte[] {1});
        AtomicFiles.createNew(created, new byte[] {1});
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(usual));
        assertThat(Files.getPosixFilePermissions(created)).isEqualTo(Files.getPosixFilePermissions(usual));
    }
}
