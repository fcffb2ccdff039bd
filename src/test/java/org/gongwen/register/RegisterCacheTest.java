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

    /** Builds with the cache in {@link #file()} and saves it; returns the cache used. */
    private RegisterCache build(List<RegisterBuilder.Input> inputs, String version, Register expected)
            throws Exception {
        RegisterCache cache = RegisterCache.load(file(), version);
        Register register = cache.builder().build(inputs);
        assertThat(register).isEqualTo(expected);
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
    void aFileWithTheExportHashOfEarlierVersionsStillServes() throws Exception {
        List<RegisterBuilder.Input> inputs = RegisterBuilderTest.inputs();
        Register scratch = new RegisterBuilder().build(inputs);
        build(inputs, VERSION, scratch);
        String json = Files.readString(file());
        Files.writeString(file(), json.replace("\"tasks\":", "\"exported\":\"0123abcd\",\"tasks\":"));
        assertThat(Files.readString(file())).contains("\"exported\"");
        assertThat(build(inputs, VERSION, scratch).computed()).isZero();
    }
}
