package org.gongwen.pipeline;

import java.util.Optional;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;

/**
 * The outcome of {@link DocumentProcessor#process}: a record, or the reason nothing could be read.
 *
 * @param record  the record, null when the document failed
 * @param failure why it failed ("encrypted PDF: password required"), null when it did not
 */
public record ProcessedDocument(DocumentRecord record, Problem failure) {
    static ProcessedDocument ok(DocumentRecord record) {
        return new ProcessedDocument(record, null);
    }

    static ProcessedDocument failed(Extraction extraction) {
        Problem reason = extraction.problems().isEmpty()
                ? Problem.of("ingest", "empty", "no text could be read")
                : extraction.problems().get(0);
        return new ProcessedDocument(null, reason);
    }

    static ProcessedDocument failed(Problem reason) {
        return new ProcessedDocument(null, reason);
    }

    public Optional<DocumentRecord> recordIfAny() {
        return Optional.ofNullable(record);
    }

    public boolean failed() {
        return failure != null;
    }
}
