package org.gongwen.ingest.ocr;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Debian's {@code tesseract} and its {@code chi_sim} data, and makes the launcher Tika runs.
 *
 * <p>Why a launcher: Tika's TesseractOCRParser sets only {@code TESSDATA_PREFIX} in the child's environment, but
 * Tesseract must run with {@code OMP_THREAD_LIMIT=1} (its OpenMP threads make it about 3 times slower when every
 * core already runs one page). Tika runs {@code <tesseractPath>tesseract}, so we point tesseractPath at a private
 * folder whose {@code tesseract} is a two-line script that sets the variable and execs the real binary.
 */
final class TesseractInstall {
    static final String INSTALL_HINT = "install tesseract-ocr tesseract-ocr-chi-sim";
    private static final Pattern TESSDATA = Pattern.compile("\"([^\"]+)\"");

    final Path launcherDir;
    final String tessdata;

    private TesseractInstall(Path launcherDir, String tessdata) {
        this.launcherDir = launcherDir;
        this.tessdata = tessdata;
    }

    /** Locates tesseract with chi_sim; throws with an archivist-readable reason when it is missing. */
    static TesseractInstall locate() throws IOException {
        Path binary = onPath("tesseract");
        if (binary == null) {
            throw new IOException("tesseract is not installed: " + INSTALL_HINT);
        }
        String langs = run(binary.toString(), "--list-langs");
        Matcher m = TESSDATA.matcher(langs);
        if (!m.find() || !langs.lines().anyMatch(l -> l.strip().equals("chi_sim"))) {
            throw new IOException("tesseract has no chi_sim data: " + INSTALL_HINT);
        }
        return new TesseractInstall(launcher(binary), m.group(1));
    }

    private static Path launcher(Path binary) throws IOException {
        Path dir = Files.createTempDirectory("gongwen-tesseract-");
        Path script = dir.resolve("tesseract");
        Files.writeString(script, "#!/bin/sh\nOMP_THREAD_LIMIT=1 exec '" + binary + "' \"$@\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        dir.toFile().deleteOnExit();
        script.toFile().deleteOnExit();
        return dir;
    }

    private static Path onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking tesseract for its languages", e);
        } finally {
            process.destroy();
        }
    }
}
