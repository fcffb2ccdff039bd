package org.gongwen.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The base segment of a published search index: the shard files {@code search/s/N.js} a full index build wrote, which
 * later builds keep as they are while the documents they hold are still in the archive (new and changed documents go
 * to a small delta segment, {@code search/d/}). Described by the shard count and the SHA-256 of each document's
 * searchable text, in the segment's own document order (the order of its postings).
 *
 * @param shards     the number of shard files
 * @param textHashes the SHA-256 (hex) of each document's searchable text, in segment order
 */
public record BaseSegment(int shards, List<String> textHashes) {
    public BaseSegment {
        if (shards < 1) {
            throw new IllegalArgumentException("a segment has at least one shard: " + shards);
        }
        textHashes = List.copyOf(Objects.requireNonNull(textHashes, "textHashes"));
    }

    /**
     * A name for exactly this segment (its shard count and texts, in order), written into {@code search/index.js}: a
     * build keeps a live base segment only when the live index names the segment it remembers.
     */
    public String key() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((SearchIndexBuilder.FORMAT + "\n" + shards + "\n").getBytes(StandardCharsets.US_ASCII));
            for (String hash : textHashes) {
                digest.update((hash + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    /**
     * True when the site in {@code siteDir} publishes exactly this segment as its base: its index is of this format
     * and names this segment, and every shard file is there. A damaged or unreadable index is not.
     */
    public boolean isPublishedIn(Path siteDir) {
        try {
            JsonNode overview = new IndexFiles(siteDir).data("search/index.js");
            JsonNode base = overview == null ? null : overview.path("segments").path(0);
            if (base == null || overview.path("version").asInt() != SearchIndexBuilder.FORMAT
                    || !SearchIndexBuilder.BASE.equals(base.path("name").asText())
                    || !key().equals(base.path("key").asText()) || base.path("shards").asInt() != shards) {
                return false;
            }
        } catch (RuntimeException e) {
            return false;
        }
        return files().stream().allMatch(f -> Files.isRegularFile(siteDir.resolve(f)));
    }

    /** The site paths of the segment's shard files. */
    public List<String> files() {
        return java.util.stream.IntStream.range(0, shards).mapToObj(SearchIndexBuilder::baseShardPath).toList();
    }
}
