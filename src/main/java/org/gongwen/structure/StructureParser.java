package org.gongwen.structure;

import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Extraction;
import org.gongwen.model.NormalizedText;

/** The structure stage's entry point: GB/T 9704-2012 版头/主体/版记 → a {@link DocumentRecord}. (Skeleton.) */
public final class StructureParser {
    /** Parses normalised text into a record; metadata of the container (portal tables) is used where present. */
    public DocumentRecord parse(NormalizedText text, Extraction extraction) {
        DocumentRecord.Builder builder = DocumentRecord.builder(text.text(), extraction.source());
        builder.warnings(extraction.problems());
        return builder.build();
    }
}
