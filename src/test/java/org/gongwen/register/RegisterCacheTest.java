package org.gongwen.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.DocRef;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register cache gives what a build from scratch gives, computing only what it has not seen. */
class RegisterCacheTest {
    private static final String VERSION = "test-1";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(".cache/register.json");
    }

    /** Builds with the cache in {@link #file()}, exports to {@code register/} and saves; returns the cache used. */
    private RegisterCache build(List<RegisterBuilder.Input> inputs, String version, Register expected)
            throws Exception {
        RegisterCache cache = RegisterCache.load(file(), version);
        Register register = cache.builder().build(inputs);
        assertThat(register).isEqualTo(expected);
        cache.export(register, dir.resolve("register"));
        cache.save();
        return cache;
    }

    @Test
    void aSecondBuildTakesEveryDocumentsTasksFromTheCache() throws Exception {
        List<RegisterBuilder.Input> inputs = RegisterBuilderTest.inputs();
        Register scratch = new RegisterBuilder().build(inputs);
        assertThat(build(inputs, VERSION, scratch).computed()).isEqualTo(2);
        assertThat(build(inputs, VERSION, scratch).computed()).isZero();
    }

    @Test
    void aChangedRecordIsReadAgainAndTheOthersAreNot() throws Exception {
        List<RegisterBuilder.Input> inputs = RegisterBuilderTest.inputs();
        build(inputs, VERSION, new RegisterBuilder().build(inputs));
        List<RegisterBuilder.Input> changed = new ArrayList<>(inputs);
        DocumentRecord later = Records.extracted("later.txt",
                "2024年，全省技能人才总量达到480万人。人社厅要加强技能人才培养。", "2025-01-15");
        changed.set(1, new RegisterBuilder.Input(inputs.get(1).doc(), later));
        Register scratch = new RegisterBuilder().build(changed);
        assertThat(scratch.entries()).anyMatch(e -> "人社厅".equals(e.commitment().owner()));
        assertThat(build(changed, VERSION, scratch).computed()).isEqualTo(1);
    }

    @Test
    void anotherToolVersionReadsEverythingAgain() throws Exception {
        List<RegisterBuilder.Input> inputs = RegisterBuilderTest.inputs();
        Register scratch = new RegisterBuilder().build(inputs);
        build(inputs, VERSION, scratch);
        assertThat(build(inputs, "test-2", scratch).computed()).isEqualTo(2);
    }

    @Test
    void aCorruptCacheFileIsIgnored() throws Exception {
        List<RegisterBuilder.Input> inputs = RegisterBuilderTest.inputs();
        Register scratch = new RegisterBuilder().build(inputs);
        build(inputs, VERSION, scratch);
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(build(inputs, VERSION, scratch).computed()).isEqualTo(2);
        Files.writeString(file(), "{\"format\":1,\"version\":\"test-1\",\"tasks\":{\"x\":null}}");
        assertThat(build(inputs, VERSION, scratch).computed()).isEqualTo(2);
        assertThat(build(inputs, VERSION, scratch).computed()).isZero(); // and the file is whole again
    }

    @Test
    void anUnchangedRegisterIsNotExportedAgain() throws Exception {
        List<RegisterBuilder.Input> inputs = RegisterBuilderTest.inputs();
        Register register = new RegisterBuilder().build(inputs);
        Path out = dir.resolve("register");
        assertThat(RegisterCache.load(file(), VERSION).export(register, out)).isTrue();
        Path fresh = dir.resolve("fresh");
        new RegisterExporter().writeAll(register, fresh);
        for (String f : List.of("commitments.csv", "commitments.json", "commitments.xlsx")) {
            assertThat(out.resolve(f)).hasSameBinaryContentAs(fresh.resolve(f));
        }
        RegisterCache cache = RegisterCache.load(file(), VERSION);
        assertThat(cache.export(register, out)).isTrue(); // nothing saved yet: no hash to trust
        cache.save();
        assertThat(RegisterCache.load(file(), VERSION).export(register, out)).isFalse();
        assertThat(RegisterCache.load(file(), "test-2").export(register, out)).isTrue();
    }

    @Test
    void aMissingOrDifferentExportIsWrittenAgain() throws Exception {
        List<RegisterBuilder.Input> inputs = RegisterBuilderTest.inputs();
        Register register = new RegisterBuilder().build(inputs);
        Path out = dir.resolve("register");
        build(inputs, VERSION, register);
        Files.delete(out.resolve("commitments.xlsx"));
        assertThat(RegisterCache.load(file(), VERSION).export(register, out)).isTrue();
        Files.writeString(out.resolve("commitments.json"), "{}");
        assertThat(RegisterCache.load(file(), VERSION).export(register, out)).isTrue();
        Register other = new Register(register.entries().subList(1, register.entries().size()));
        assertThat(RegisterCache.load(file(), VERSION).export(other, out)).isTrue();
        assertThat(RegisterExporter.read(out.resolve("commitments.json"))).isEqualTo(other);
    }
}
