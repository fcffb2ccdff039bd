package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TagRunTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void printsOneSingleLineArrayPerInputLine() throws Exception {
        StringWriter out = new StringWriter();
        int lines = new TagRun("2022-11-21").run(new BufferedReader(new StringReader(
                "到2025年，全省技能人才总量达到500万人以上\r\n\n今年4月27日\n")), new PrintWriter(out));
        String[] printed = out.toString().split("\n");
        assertThat(lines).isEqualTo(3);
        assertThat(printed).hasSize(3);
        JsonNode first = json.readTree(printed[0]);
        assertThat(first.get(0).get("type").asText()).isEqualTo("deadline");
        assertThat(first.get(0).get("value").asText()).isEqualTo("2025");
        JsonNode figure = first.get(1);
        assertThat(figure.get("text").asText()).isEqualTo("500万人以上");
        assertThat(figure.get("start").asInt()).isEqualTo(17);
        assertThat(figure.get("value").isNumber()).isTrue();
        assertThat(figure.get("value").toString()).isEqualTo("5000000");
        assertThat(figure.get("unit").asText()).isEqualTo("人");
        assertThat(figure.get("comparator").asText()).isEqualTo(">=");
        assertThat(printed[1]).isEqualTo("[]");
        assertThat(json.readTree(printed[2]).get(0).get("value").asText()).isEqualTo("2022-04-27");
    }

    @Test
    void decimalsAreWrittenPlain() throws Exception {
        JsonNode node = json.readTree(new TagRun(null).tagLine("投入429.4 亿元，占比0.5%"));
        assertThat(node.get(0).get("value").toString()).isEqualTo("42940000000");
        assertThat(node.get(1).get("value").toString()).isEqualTo("0.5");
    }
}
