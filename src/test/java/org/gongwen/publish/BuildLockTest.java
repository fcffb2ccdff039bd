package org.gongwen.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildLockTest {
    @TempDir
    Path out;

    @Test
    void secondBuildIsRefusedWithTheHolderNamedUntilTheFirstEnds() throws IOException {
        try (BuildLock first = BuildLock.acquire(out)) {
            assertThatThrownBy(() -> BuildLock.acquire(out)).isInstanceOf(BuildLock.LockedException.class)
                    .hasMessageMatching("another gongwen build is running on .+ \\(pid " + ProcessHandle.current().pid()
                            + ", started \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\); try again when it has finished");
        }
        try (BuildLock again = BuildLock.acquire(out)) {
            assertThat(out.resolve(".lock")).exists();
        }
    }
}
