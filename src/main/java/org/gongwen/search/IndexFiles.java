package org.gongwen.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads the index's script files back as JSON (the last argument of the call), caching each file once. */
final class IndexFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path siteDir;
    private final Map<String, JsonNode> cache = new HashMap<>();

    IndexFiles(Path siteDir) {
        this.siteDir = siteDir;
    }

    /** The data of one file, or null when the file does not exist (a shard with no terms is still written). */
    JsonNode data(String relativePath) {
        return cache.computeIfAbsent(relativePath, this::load);
    }

    private JsonNode load(String relativePath) {
        try {
            String script = Files.readString(siteDir.resolve(relativePath), StandardCharsets.UTF_8);
            int open = script.indexOf('(');
            int close = script.lastIndexOf(')');
            // the arguments read as one JSON array: the data is its last element, after the chunk's number or key
            JsonNode args = JSON.readTree("[" + script.substring(open + 1, close) + "]");
            return args.get(args.size() - 1);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read search index file " + relativePath, e);
        }
    }
}
