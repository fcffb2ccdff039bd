package org.gongwen.register;

import java.io.IOException;
import java.nio.file.Path;
import org.gongwen.model.Register;

/**
 * Writes the register as {@code commitments.csv} (UTF-8 with BOM), {@code commitments.json} and
 * {@code commitments.xlsx} into a folder. (Skeleton.)
 */
public final class RegisterExporter {
    /** Writes the three files into {@code dir}, creating it when missing. */
    public void writeAll(Register register, Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
    }
}
