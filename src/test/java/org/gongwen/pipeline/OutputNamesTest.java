package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputNamesTest {
    @Test
    void ordinaryNamesGetTheSuffix() {
        assertThat(OutputNames.withSuffix("2017/银办发〔2017〕118号.pdf", ".json")).isEqualTo("2017/银办发〔2017〕118号.pdf.json");
    }

    @Test
    void aNameThatWouldGrowPast255BytesIsShortenedWithAHashOfTheFullName() {
        String name = "关".repeat(83) + "ab.txt"; // 255 bytes
        String shortened = OutputNames.withSuffix("names/" + name, ".json");

        assertThat(shortened).startsWith("names/" + "关".repeat(60) + "~").endsWith(".json");
        assertThat(shortened.substring("names/".length()).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(OutputNames.withSuffix("names/" + name, ".json")).isEqualTo(shortened);
        assertThat(OutputNames.withSuffix("names/" + "关".repeat(83) + "ac.txt", ".json")).isNotEqualTo(shortened);
    }
}
