package org.gongwen.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version that keys the build cache: the jar manifest version, {@link #CODE_VERSION}, and a fingerprint of
 * gongwen's own classes (entry CRCs in a jar, class bytes in a classes folder), so a cached record is never reused by
 * code that would extract it differently, even between two builds that share a version number.
 */
final class ToolVersion {
    /** Bump when the meaning of cached records changes without any class changing (e.g. a data file). */
    static final String CODE_VERSION = "build-1";
    private static volatile String cached;

    private ToolVersion() {
    }

    static String current() {
        if (cached == null) {
            String manifest = ToolVersion.class.getPackage().getImplementationVersion();
            cached = (manifest == null ? "dev" : manifest) + "+" + CODE_VERSION + "+" + fingerprint();
        }
        return cached;
    }

    private static String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path code = Path.of(ToolVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                jar(code, digest);
            } else {
                folder(code.resolve("org/gongwen"), digest);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void jar(Path code, MessageDigest digest) throws IOException {
        try (JarFile jar = new JarFile(code.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.getName().startsWith("org/gongwen/")) {
                    digest.update((e.getName() + ":" + e.getCrc() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static void folder(Path root, MessageDigest digest) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    digest.update(in.readAllBytes());
                }
            }
        }
    }
}
