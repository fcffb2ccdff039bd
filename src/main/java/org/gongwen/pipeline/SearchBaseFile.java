package org.gongwen.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.json.RecordJson;
import org.gongwen.search.BaseSegment;

/**
 * {@code .cache/search-base.json}: the base segment of the live search index ({@link BaseSegment}), with the tool
 * version that made its postings, saved once the site is live. The next build keeps the segment only when the file
 * is of this tool version and the live index names the same segment ({@link BaseSegment#isPublishedIn}); a missing,
 * damaged or stale file only means a full index build.
 */
final class SearchBaseFile {
    private final Path file;
    private final String toolVersion;

    SearchBaseFile(Path file, String toolVersion) {
        this.file = file;
        this.toolVersion = toolVersion;
    }

    /** The base segment the file describes, when the tool version matches; else null. */
    BaseSegment read() {
        try {
            JsonNode json = RecordJson.mapper().readTree(file.toFile());
            if (!toolVersion.equals(json.path("tool").asText())) {
                return null;
            }
            List<String> hashes = new ArrayList<>();
            json.path("textHashes").forEach(h -> hashes.add(h.asText()));
            return new BaseSegment(json.path("shards").asInt(), hashes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void write(BaseSegment base) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tool", toolVersion);
        json.put("shards", base.shards());
        json.put("textHashes", base.textHashes());
        OutputFiles.writeIfChanged(file, (RecordJson.mapper().writeValueAsString(json) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
