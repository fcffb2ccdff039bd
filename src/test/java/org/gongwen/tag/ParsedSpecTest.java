package org.gongwen.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of {@code spec/tagging.spec.md} as its own test (rules only: HanLP is tested elsewhere). */
class ParsedSpecTest {
    private static final Tagging TAGGING = Tagging.rulesOnly();
    private static final Pattern ITEM = Pattern.compile("^(\\w+)「(.*)」\\s*(\\S+)?\\s*(\\S+)?\\s*(?:\\{(.+)\\})?$");

    /** One row of the spec. */
    record Example(String section, String input, String expected, List<String> types, String date) {
        @Override
        public String toString() {
            return section + ": " + input;
        }
    }

    static Stream<Example> examples() throws IOException {
        String spec;
        try (InputStream in = ParsedSpecTest.class.getResourceAsStream("/spec/tagging.spec.md")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> out = new ArrayList<>();
        String section = "";
        List<String> types = List.of();
        String date = null;
        for (String line : spec.split("\n")) {
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (line.startsWith("types: ")) {
                types = Arrays.stream(line.substring(7).split(",")).map(String::strip).toList();
            } else if (line.startsWith("date: ")) {
                date = line.substring(6).strip().equals("none") ? null : line.substring(6).strip();
            } else if (line.startsWith("| ") && !line.startsWith("| input")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
                out.add(new Example(section, cells[0], cells[1].strip(), types, date));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void tagsAsSpecified(Example example) {
        List<Entity> actual = TAGGING.tag(example.input(), example.date()).stream()
                .filter(e -> example.types().contains(e.type())).toList();
        List<String> expected = example.expected().equals("—") ? List.of()
                : Arrays.stream(example.expected().split(" ; ")).map(String::strip).toList();
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            boolean withComparator = i < expected.size() && expected.get(i).contains("{");
            rendered.add(render(actual.get(i), withComparator));
        }
        assertThat(rendered).as("entities of %s", example.input()).containsExactlyElementsOf(normalised(expected));
        for (Entity e : actual) {
            assertThat(example.input().substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    private static List<String> normalised(List<String> expected) {
        List<String> out = new ArrayList<>();
        for (String item : expected) {
            Matcher m = ITEM.matcher(item);
            assertThat(m.matches()).as("spec item %s", item).isTrue();
            StringBuilder sb = new StringBuilder(m.group(1) + "「" + m.group(2) + "」");
            if (m.group(3) != null) {
                sb.append(' ').append(m.group(3));
            }
            if (m.group(1).equals("figure")) {
                sb.append(' ').append(m.group(4) == null ? "\"\"" : m.group(4));
            }
            if (m.group(5) != null) {
                sb.append(" {").append(m.group(5)).append('}');
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static String render(Entity e, boolean withComparator) {
        StringBuilder sb = new StringBuilder(e.type() + "「" + e.text() + "」");
        if (e.value() instanceof EntityValue.Number n) {
            sb.append(' ').append(plain(n.value()));
        } else if (e.value() instanceof EntityValue.Text t) {
            sb.append(' ').append(t.value());
        }
        if (e.type().equals("figure")) {
            sb.append(' ').append(e.unit().isEmpty() ? "\"\"" : e.unit());
        }
        if (withComparator) {
            sb.append(" {").append(e.comparator()).append('}');
        }
        return sb.toString();
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
