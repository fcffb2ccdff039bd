package org.gongwen.register;

import java.util.List;
import org.gongwen.model.DocumentRecord;

/** Finds the commitments and observations of one tagged record. (Skeleton.) */
public final class CommitmentExtractor {
    /** The record with its commitments and observations. */
    public DocumentRecord extract(DocumentRecord record) {
        return record.withCommitments(List.of(), List.of());
    }
}
