package org.gongwen.curate;

import java.util.List;
import java.util.Objects;
import org.gongwen.model.DocumentRecord;

/**
 * The archive's documents after deduplication, and what was merged or flagged on the way.
 *
 * @param documents  one record per document: the best text, its other forms in {@code otherSources}; input order
 * @param duplicates each group of sources merged into one document
 * @param conflicts  different documents that share one 发文字号 (flagged, not merged)
 */
public record DedupResult(List<DocumentRecord> documents, List<Duplicate> duplicates, List<Conflict> conflicts) {
    public DedupResult {
        documents = List.copyOf(documents);
        duplicates = List.copyOf(duplicates);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * Sources merged into one document.
     *
     * @param kept       the file whose text the document shows
     * @param others     the other files holding the same document
     * @param reason     {@code same-bytes} (identical files) or {@code same-document} (same 发文字号 or title, and
     *                   near-identical text)
     * @param similarity the lowest text similarity between two merged groups (the larger of 3-shingle Jaccard and
     *                   containment), 1 for identical bytes
     */
    public record Duplicate(String kept, List<String> others, String reason, double similarity) {
        public Duplicate {
            Objects.requireNonNull(kept, "kept");
            others = List.copyOf(others);
        }
    }

    /**
     * Documents whose texts differ although they carry the same 发文字号: one of them is probably misnumbered.
     *
     * @param docNumber  the shared canonical 发文字号
     * @param files      the kept file of each document, sorted
     * @param similarity the highest text similarity between two of them
     */
    public record Conflict(String docNumber, List<String> files, double similarity) {
        public Conflict {
            Objects.requireNonNull(docNumber, "docNumber");
            files = List.copyOf(files);
        }
    }
}
