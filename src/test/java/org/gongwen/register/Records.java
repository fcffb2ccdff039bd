package org.gongwen.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;
import org.gongwen.tag.Tagging;

/** Test records: a fixture or a text, tagged (rules only) with a reference date. */
final class Records {
    private static final Tagging TAGGING = Tagging.rulesOnly();

    private Records() {
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = Records.class.getResourceAsStream("/fixtures/tag/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static DocumentRecord tagged(String name, String text, String date) {
        DocumentRecord record = DocumentRecord.builder(text, new SourceInfo(name, "0", "txt", text.length(), 1,
                List.of())).date(date).build();
        return TAGGING.tag(record);
    }

    static DocumentRecord extracted(String name, String text, String date) {
        return new CommitmentExtractor().extract(tagged(name, text, date));
    }
}
