package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.gongwen.model.Commitment;
import org.gongwen.model.DocRef;
import org.gongwen.model.Register;
import org.gongwen.register.RegisterExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's files as a build writes them: each format's bytes, rewritten only when they change. */
class PublisherTest {
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path out;

    private static Register register(String... ids) {
        return new Register(java.util.Arrays.stream(ids).map(id -> new Register.Entry(id,
                new Commitment("target", "到2025年，全省技能人才总量达到500万人以上 " + id, "技能人才总量", "全省", ">=",
                        new BigDecimal("5000000"), null, "人", "2025", null, "人社厅", "s1", 0, 30),
                new DocRef(id, "云产改办〔2022〕16号", "title", "2022-11-21", id + ".txt"), List.of())).toList());
    }

    private static byte[] bytes(Register register, RegisterExporter.Format format) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RegisterExporter().write(register, format, bytes);
        return bytes.toByteArray();
    }

    @Test
    void theRegisterIsWrittenInEveryFileFormat() throws Exception {
        Register register = register("a", "b");
        Path dir = Publisher.registerDir(out);
        assertThat(Publisher.writeRegister(Publisher.registerFiles(register), dir)).isEqualTo(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("commitments.csv", "commitments.json", "commitments.xlsx");
        }
        for (RegisterExporter.Format format : RegisterExporter.FILE_FORMATS) {
            assertThat(dir.resolve(format.fileName())).hasBinaryContent(bytes(register, format));
        }
        assertThat(RegisterExporter.read(RegisterQuery.registerFile(out))).isEqualTo(register);
    }

    @Test
    void anUnchangedRegisterIsNotWrittenAgain() throws Exception {
        Register register = register("a", "b");
        Path dir = Publisher.registerDir(out);
        Publisher.writeRegister(Publisher.registerFiles(register), dir);
        for (RegisterExporter.Format format : RegisterExporter.FILE_FORMATS) {
            Files.setLastModifiedTime(dir.resolve(format.fileName()), OLD);
        }
        assertThat(Publisher.writeRegister(Publisher.registerFiles(register), dir)).isZero();
        for (RegisterExporter.Format format : RegisterExporter.FILE_FORMATS) {
            assertThat(Files.getLastModifiedTime(dir.resolve(format.fileName()))).isEqualTo(OLD);
        }
    }

    @Test
    void aMissingOrDifferentFileIsWrittenAgain() throws Exception {
        Register register = register("a", "b");
        Path dir = Publisher.registerDir(out);
        Publisher.writeRegister(Publisher.registerFiles(register), dir);
        Path xlsx = dir.resolve(RegisterExporter.Format.XLSX.fileName());
        Files.delete(xlsx);
        assertThat(Publisher.writeRegister(Publisher.registerFiles(register), dir)).isEqualTo(1);
        assertThat(xlsx).hasBinaryContent(bytes(register, RegisterExporter.Format.XLSX));
        Path json = RegisterQuery.registerFile(out);
        Files.writeString(json, "{}");
        assertThat(Publisher.writeRegister(Publisher.registerFiles(register), dir)).isEqualTo(1);
        assertThat(json).hasBinaryContent(bytes(register, RegisterExporter.Format.JSON));
        Register other = register("b");
        assertThat(Publisher.writeRegister(Publisher.registerFiles(other), dir)).isEqualTo(3);
        assertThat(RegisterExporter.read(json)).isEqualTo(other);
    }
}
