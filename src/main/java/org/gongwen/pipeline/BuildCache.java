package org.gongwen.pipeline;

import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.json.RecordJson;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Problem;
import org.gongwen.publish.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Records of already-processed sources in {@code output/.cache/records/}, keyed by the SHA-256 of the content, the
 * file name (it picks the reader), the {@link ToolVersion} and the OCR engine ({@code --ocr}: another engine reads
 * scans differently). Entries are written through {@link AtomicFiles}, so a crash never leaves a half-written entry;
 * an unreadable entry is treated as a miss. A record with pages still waiting for OCR while OCR is on (the engine
 * missing, a page that failed) is not stored: the next build reads the source again, when the engine may be there.
 * Entries read or stored are kept in the {@link BuildMemory} too, so a later build of the same process does not
 * parse them again.
 */
final class BuildCache {
    private final Path dir;
    private final String version;
    private final boolean ocrOn;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final BuildMemory memory;

    BuildCache(Path dir, String toolVersion, OcrMode ocrMode, BuildMemory memory) throws IOException {
        this.dir = dir;
        this.memory = memory;
        this.version = toolVersion + "+ocr=" + ocrMode.label();
        this.ocrOn = ocrMode != OcrMode.OFF;
        Files.createDirectories(dir);
    }

    String key(String contentSha, String fileName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((contentSha + "\0" + fileName + "\0" + version).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * A cached record with the bytes it was read from, which are exactly {@code RecordJson.write(record)}: the
     * publisher writes them to {@code records/} as they are instead of serialising the record again.
     */
    record Entry(DocumentRecord record, byte[] json) {
    }

    Optional<Entry> get(String key) {
        used.add(key);
        Entry remembered = memory.record(key);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Path file = dir.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] json = Files.readAllBytes(file);
            Entry entry = new Entry(RecordJson.read(json), json);
            memory.rememberRecord(key, entry);
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Stores the record; returns its JSON bytes (as {@link #get} would give them back), or null when the record is
     * not stored because it still waits for OCR.
     */
    byte[] put(String key, DocumentRecord record) throws IOException {
        if (ocrOn && record.warnings().stream().anyMatch(w -> Problem.NEEDS_OCR.equals(w.code()))) {
            return null;
        }
        used.add(key);
        byte[] json = RecordJson.write(record).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(dir.resolve(key + ".json"), json);
        memory.rememberRecord(key, new Entry(record, json));
        return json;
    }

    /** Deletes entries no source of this build asked for (old versions, removed sources, stray temporary files). */
    void prune() throws IOException {
        memory.keepRecords(used);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".json") || !used.contains(name.substring(0, name.length() - 5))) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
