package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongwen.curate.Corrector;
import org.gongwen.curate.DedupResult;
import org.gongwen.curate.Deduplicator;
import org.gongwen.curate.Fix;
import org.gongwen.curate.FixException;
import org.gongwen.curate.FixFile;
import org.gongwen.model.Correction;
import org.gongwen.model.DocumentRecord;

/**
 * The archivist's layer over extraction, shared by build, check and ingest: each source's sidecar corrections applied
 * to its (cached, uncorrected) record, then the sources that hold one document grouped. A sidecar that cannot be read
 * is never silently skipped: the record carries an {@code invalid} correction that {@code gongwen check} lists.
 */
final class Curation {
    private final Corrector corrector = new Corrector();
    private final Deduplicator deduplicator = new Deduplicator();

    /** The record of {@code source} with its sidecar's corrections, if it has a sidecar. */
    DocumentRecord correct(Path source, DocumentRecord extracted) {
        Path sidecar = FixFile.sidecarOf(source);
        try {
            return corrector.applyIfAny(extracted, readFix(sidecar));
        } catch (FixException e) {
            return extracted.toBuilder().corrections(List.of(new Correction("fix-file", null, null,
                    Correction.INVALID, e.getMessage() + "; none of its corrections were applied"))).build();
        }
    }

    /** One record per document, the best text of each, with what was merged and flagged. */
    DedupResult deduplicate(List<DocumentRecord> corrected) {
        return deduplicator.deduplicate(corrected);
    }

    /** The sidecar's corrections, empty when there is no sidecar. */
    static Optional<Fix> readFix(Path sidecar) throws FixException {
        try {
            return Optional.of(FixFile.parse(Files.readString(sidecar, StandardCharsets.UTF_8),
                    sidecar.getFileName().toString()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new FixException(sidecar.getFileName() + ": cannot read: " + e.getMessage());
        }
    }
}
