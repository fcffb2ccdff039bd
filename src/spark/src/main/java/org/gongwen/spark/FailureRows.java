package org.gongwen.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * Renders failure rows: JSON Lines for tools, CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs show the Chinese file names, and a header) for archivists.
 *
 * <p>Example row: {@code {"file":"通知.pdf","path":"hdfs://nn/corpus/通知.pdf","stage":"ingest","code":"unreadable",
 * "reason":"Header doesn't contain versioninfo"}}.
 */
final class FailureRows {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "\uFEFFfile,path,stage,code,reason\r\n";

    private FailureRows() {
    }

    static String jsonLines(List<Failure> failures) {
        StringBuilder text = new StringBuilder();
        for (Failure failure : failures) {
            try {
                text.append(JSON.writeValueAsString(failure)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a failure row always serialises", e);
            }
        }
        return text.toString();
    }

    static String csv(List<Failure> failures) {
        StringBuilder text = new StringBuilder(HEADER);
        for (Failure f : failures) {
            text.append(String.join(",", quote(f.file()), quote(f.path()), quote(f.stage()), quote(f.code()),
                    quote(f.reason()))).append("\r\n");
        }
        return text.toString();
    }

    /** RFC 4180: quote every field holding a comma, quote, or line break; double the quotes inside. */
    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
