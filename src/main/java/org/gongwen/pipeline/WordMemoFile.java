package org.gongwen.pipeline;

import org.gongwen.publish.AtomicFiles;
import org.gongwen.search.WordMemo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code .cache/search-words.bin}: the search index's {@link WordMemo}, headed by the tool version so words and postings
 * made by another version are never reused. Written atomically, so a crash leaves the old memo or the new one; a missing
 * or damaged file only means segmenting again.
 */
final class WordMemoFile {
    private final Path file;
    private final byte[] header;

    WordMemoFile(Path file, String toolVersion) {
        this.file = file;
        this.header = (toolVersion + "\n").getBytes(StandardCharsets.UTF_8);
    }

    WordMemo read() {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < header.length || !Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
                return WordMemo.empty();
            }
            return WordMemo.read(bytes, header.length);
        } catch (IOException e) {
            return WordMemo.empty();
        }
    }

    /** Saves the words used by this build (nothing when they are the ones read). */
    void write(WordMemo memo) throws IOException {
        if (memo.unchanged() && Files.isRegularFile(file)) {
            return;
        }
        AtomicFiles.write(file, memo.bytes(header));
    }
}
