package org.gongwen.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.gongwen.json.RecordJson;
import org.gongwen.model.Entity;
import org.gongwen.tag.Tagging;

/**
 * {@code gongwen tag}: tags each input line on its own and prints one single-line JSON array of entities per line
 * (the fields of a record's entities: type, text, start, end, value, valueMax, unit, comparator, flags, recurrence).
 */
public final class TagRun {
    private static final ObjectWriter WRITER = RecordJson.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private final Tagging tagging = new Tagging();
    private final String referenceDate;

    /** @param referenceDate the date relative dates resolve against (ISO), or null to leave them unresolved */
    public TagRun(String referenceDate) {
        this.referenceDate = referenceDate;
    }

    /** The JSON array for one line of text. */
    public String tagLine(String line) {
        List<Entity> entities = tagging.tag(line, referenceDate);
        try {
            return WRITER.writeValueAsString(entities);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entities always serialise", e);
        }
    }

    /** Tags every line of {@code in}, printing one array per line; returns the number of lines. */
    public int run(BufferedReader in, PrintWriter out) throws IOException {
        int lines = 0;
        for (String line; (line = in.readLine()) != null; ) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            out.println(tagLine(line));
            lines++;
        }
        out.flush();
        return lines;
    }
}
