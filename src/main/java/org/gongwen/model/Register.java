package org.gongwen.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The commitments register: every commitment of every document, each with the document it comes from and the
 * observations (results reported later, in the same or other documents) that measure the same metric.
 *
 * @param entries in a stable order: by document date, document id, then position
 */
public record Register(List<Entry> entries) {
    public Register {
        entries = List.copyOf(entries);
    }

    /**
     * One row of the register.
     *
     * @param id         stable id: document id + "#" + ordinal in the document
     * @param commitment the commitment as found
     * @param doc        the document that sets it
     * @param progress   observations linked to it, oldest first
     */
    public record Entry(String id, Commitment commitment, DocRef doc, List<Progress> progress) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(commitment, "commitment");
            Objects.requireNonNull(doc, "doc");
            progress = List.copyOf(progress);
        }
    }

    /**
     * An observation linked to a commitment.
     *
     * @param observation the reported value
     * @param doc         the document that reports it
     * @param ratio       observation value / target value (0.856 for 428万 of 500万), null when not comparable
     */
    public record Progress(Observation observation, DocRef doc, BigDecimal ratio) {
        public Progress {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(doc, "doc");
        }
    }
}
