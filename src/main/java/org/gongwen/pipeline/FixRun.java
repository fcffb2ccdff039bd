package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.curate.Fix;
import org.gongwen.curate.FixEditor;
import org.gongwen.curate.FixException;
import org.gongwen.curate.FixFile;
import org.gongwen.model.Correction;
import org.gongwen.model.DocumentRecord;
import org.gongwen.publish.AtomicFiles;

/**
 * {@code gongwen fix FILE --set docNumber=… --drop-entity … --drop-commitment …}: writes or updates the sidecar
 * {@code FILE.fix.yaml} next to a corpus source, recording what extraction gives now ({@code was}) so later builds
 * can tell when a correction has gone stale. Without changes it shows the source's corrections as a build applies
 * them.
 */
public final class FixRun {
    private final SourceRecords records = new SourceRecords();

    /** What the archivist asked for. */
    public record Request(List<String> sets, List<String> unsets, List<String> entityDrops,
                          List<String> commitmentDrops) {
        public Request {
            sets = List.copyOf(sets);
            unsets = List.copyOf(unsets);
            entityDrops = List.copyOf(entityDrops);
            commitmentDrops = List.copyOf(commitmentDrops);
        }

        boolean changesNothing() {
            return sets.isEmpty() && unsets.isEmpty() && entityDrops.isEmpty() && commitmentDrops.isEmpty();
        }
    }

    /**
     * The sidecar and the corrections as a build now applies them.
     *
     * @param sidecar     the sidecar file
     * @param written     whether it was written (false when nothing was asked)
     * @param corrections the corrections applied to the current extraction
     */
    public record Result(Path sidecar, boolean written, List<Correction> corrections) {
    }

    /**
     * Applies the request to the sidecar of {@code source}.
     *
     * @throws FixException with one plain line for bad input (unknown file, field or value)
     */
    public Result run(Path source, Request request) throws FixException, IOException {
        if (!Files.isRegularFile(source)) {
            throw new FixException(source + ": no such file");
        }
        if (FixFile.isSidecar(source)) {
            throw new FixException(source + ": is a sidecar; name the source it corrects");
        }
        ProcessedDocument extracted = records.extract(source);
        if (extracted.failed()) {
            throw new FixException(source + ": cannot be read (" + extracted.failure().message()
                    + "), so there is nothing to correct");
        }
        Path sidecar = FixFile.sidecarOf(source);
        Fix existing = Curation.readFix(sidecar).orElse(null);
        Fix fix = existing;
        if (!request.changesNothing()) {
            fix = edit(existing, extracted.record(), request);
            if (fix.isEmpty()) {
                Files.deleteIfExists(sidecar);
            } else {
                AtomicFiles.write(sidecar, FixFile.format(fix).getBytes(StandardCharsets.UTF_8));
            }
        }
        DocumentRecord corrected = new Curation().correct(source, extracted.record());
        return new Result(sidecar, !request.changesNothing(), corrected.corrections());
    }

    private static Fix edit(Fix existing, DocumentRecord record, Request request) throws FixException {
        FixEditor editor = new FixEditor(existing, record);
        for (String field : request.unsets()) {
            editor.unset(field);
        }
        for (String assignment : request.sets()) {
            editor.set(assignment);
        }
        for (String entity : request.entityDrops()) {
            editor.dropEntity(entity);
        }
        for (String commitment : request.commitmentDrops()) {
            editor.dropCommitment(commitment);
        }
        return editor.build();
    }
}
