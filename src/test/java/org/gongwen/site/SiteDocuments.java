package org.gongwen.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongwen.json.RecordJson;
import org.gongwen.model.DocumentRecord;

/** Documents for site tests, with the record's JSON and Markdown made as a build makes them. */
final class SiteDocuments {
    private SiteDocuments() {
    }

    /** A document without an original file. */
    static SiteDocument of(String id, DocumentRecord record) {
        byte[] json = RecordJson.write(record).getBytes(StandardCharsets.UTF_8);
        return new SiteDocument(id, record, json, org.gongwen.ingest.Hashes.sha256(json),
                () -> RecordMarkdown.of(id, record).getBytes(StandardCharsets.UTF_8), null, List.of());
    }
}
