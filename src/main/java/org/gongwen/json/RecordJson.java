package org.gongwen.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.EntityValue;
import org.gongwen.model.OffsetMap;
import org.gongwen.model.SourceInfo;

/**
 * Reads and writes {@link DocumentRecord}s as JSON, deterministically (record component order, sorted map keys are
 * not used so that portal tables keep their printed order). Entity values are written as plain numbers (figures, exact
 * BigDecimal) or strings.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = build();

    private RecordJson() {
    }

    /** The shared mapper, configured for records (thread-safe). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(DocumentRecord record) {
        try {
            return MAPPER.writeValueAsString(record) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a record always serialises", e);
        }
    }

    /** A string as a JSON string literal, as {@link #write} writes it. */
    public static String quote(String value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
    }

    public static DocumentRecord read(String json) throws IOException {
        return MAPPER.readValue(json, DocumentRecord.class);
    }

    /** Reads a record from UTF-8 bytes (the cache's files): Jackson decodes them itself, without a String copy. */
    public static DocumentRecord read(byte[] utf8) throws IOException {
        return MAPPER.readValue(utf8, DocumentRecord.class);
    }

    private static ObjectMapper build() {
        SimpleModule module = new SimpleModule("gongwen-record");
        module.addSerializer(EntityValue.class, new ValueSerializer());
        module.addDeserializer(EntityValue.class, new ValueDeserializer());
        module.addSerializer(OffsetMap.class, new JsonSerializer<>() {
            @Override
            public void serialize(OffsetMap value, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeNumber(value.length());
            }
        });
        return JsonMapper.builder()
                .addModule(module)
                .addMixIn(SourceInfo.PageOrigin.class, PageOriginMixIn.class)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * A page's OCR seconds measure one run on one machine, not the document: written into records they would make two
     * builds of the same bytes differ (the Spark runner, the cache and rsync all rely on identical bytes). They stay
     * in memory for the build report ({@code ocrPages}) and are left out of the JSON.
     */
    @JsonIgnoreProperties({"seconds"})
    private abstract static class PageOriginMixIn {
        /** Read back through the constructor without seconds, so a page read from JSON says -1: not timed. */
        @JsonCreator
        PageOriginMixIn(@JsonProperty("page") int page, @JsonProperty("reader") String reader,
                        @JsonProperty("needsOcr") boolean needsOcr, @JsonProperty("confidence") double confidence) {
        }
    }

    private static final class ValueSerializer extends JsonSerializer<EntityValue> {
        @Override
        public void serialize(EntityValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value instanceof EntityValue.Number n) {
                gen.writeNumber(n.value());
            } else if (value instanceof EntityValue.Text t) {
                gen.writeString(t.value());
            }
        }
    }

    private static final class ValueDeserializer extends JsonDeserializer<EntityValue> {
        @Override
        public EntityValue deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return EntityValue.of(p.getDecimalValue());
            }
            return EntityValue.of(p.getValueAsString());
        }
    }
}
