package org.gongwen.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gongwen.model.Register;
import org.gongwen.register.RegisterExporter;

/**
 * {@code gongwen register}: reads {@code <out>/register/commitments.json} (written by the build), keeps the entries
 * that match the filters and writes them in the chosen format.
 *
 * @param owner     keep entries whose owner contains this (省总工会), or null
 * @param dueBefore keep entries due before this date (ISO; a year deadline "2025" counts as 2025-12-31), or null
 * @param docNumber keep entries of this 发文字号 (spaces ignored), or null
 */
public record RegisterQuery(String owner, String dueBefore, String docNumber) {

    /** The register file under an output root. */
    public static Path registerFile(Path outRoot) {
        return Publisher.registerDir(outRoot).resolve(RegisterExporter.Format.JSON.fileName());
    }

    /** Reads, filters and writes; throws {@link java.nio.file.NoSuchFileException} when there is no register. */
    public int run(Path outRoot, String format, OutputStream out) throws IOException {
        Path file = registerFile(outRoot);
        if (!Files.exists(file)) {
            throw new java.nio.file.NoSuchFileException(file + " (run gongwen build first)");
        }
        Register filtered = filter(RegisterExporter.read(file));
        new RegisterExporter().write(filtered, RegisterExporter.Format.valueOf(format.toUpperCase(Locale.ROOT)), out);
        return filtered.entries().size();
    }

    Register filter(Register register) {
        List<Register.Entry> kept = register.entries().stream().filter(this::keep).toList();
        return new Register(kept);
    }

    private boolean keep(Register.Entry e) {
        if (owner != null && (e.commitment().owner() == null || !e.commitment().owner().contains(owner))) {
            return false;
        }
        if (docNumber != null && !squash(docNumber).equals(squash(e.doc().docNumber()))) {
            return false;
        }
        if (dueBefore != null) {
            String due = e.commitment().deadline();
            return due != null && endOf(due).compareTo(dueBefore) < 0;
        }
        return true;
    }

    /** "2025" → "2025-12-31", "2025-06" → "2025-06-31" (compares as the end of June), a date stays. */
    static String endOf(String deadline) {
        if (deadline.length() == 4) {
            return deadline + "-12-31";
        }
        return deadline.length() == 7 ? deadline + "-31" : deadline;
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
