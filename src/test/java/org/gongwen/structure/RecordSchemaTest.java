package org.gongwen.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongwen.model.Attachment;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Paragraph;
import org.gongwen.model.Part;
import org.gongwen.model.Section;
import org.gongwen.model.Signatory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON Schema documents every field the record (and the structures it holds) writes, and no other. */
class RecordSchemaTest {
    private static JsonNode schema() throws IOException {
        try (InputStream in = RecordSchemaTest.class.getResourceAsStream("/org/gongwen/schema/record.schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> components(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void topLevelFieldsInRecordOrder() throws IOException {
        JsonNode s = schema();
        assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(names(s.get("properties"))).containsExactlyElementsOf(components(DocumentRecord.class));
        assertThat(s.get("$id").asText()).endsWith("/" + DocumentRecord.SCHEMA_VERSION);
    }

    @ParameterizedTest
    @CsvSource({"signatory,Signatory", "paragraph,Paragraph", "section,Section", "attachment,Attachment", "part,Part"})
    void structuresOfTheStructureStage(String def, String type) throws IOException {
        Class<?> cls = switch (type) {
            case "Signatory" -> Signatory.class;
            case "Paragraph" -> Paragraph.class;
            case "Section" -> Section.class;
            case "Attachment" -> Attachment.class;
            default -> Part.class;
        };
        assertThat(names(schema().get("$defs").get(def).get("properties"))).containsExactlyElementsOf(components(cls));
    }
}
