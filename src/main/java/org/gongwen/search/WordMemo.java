package org.gongwen.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * HanLP's words of each searchable text, remembered by the text's SHA-256: segmenting is the costly part of indexing,
 * and an incremental build only needs it for the texts it has not seen. Packed into one blob (one read instead of one
 * file per document); {@link #bytes()} keeps only the texts used since loading, so the memo never outgrows the archive.
 * The caller keys the blob by tool version: a changed segmenter never reuses old words.
 */
public final class WordMemo {
    private static final int FORMAT = 1;
    private final Map<String, List<String>> known;
    private final Map<String, List<String>> used = new ConcurrentHashMap<>();

    private WordMemo(Map<String, List<String>> known) {
        this.known = known;
    }

    /** A memo that knows nothing (every text is segmented). */
    public static WordMemo empty() {
        return new WordMemo(Map.of());
    }

    /** The memo packed by {@link #bytes()}; an unreadable blob gives an empty memo (words are then recomputed). */
    public static WordMemo read(byte[] blob) {
        Map<String, List<String>> known = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob))) {
            if (in.readInt() != FORMAT) {
                return empty();
            }
            int entries = in.readInt();
            for (int e = 0; e < entries; e++) {
                String key = in.readUTF();
                int count = in.readInt();
                List<String> words = new ArrayList<>(count);
                for (int w = 0; w < count; w++) {
                    words.add(in.readUTF());
                }
                known.put(key, List.copyOf(words));
            }
        } catch (IOException | RuntimeException e) {
            return empty();
        }
        return new WordMemo(known);
    }

    /** The words of {@code text}: remembered, or computed by {@code segment} and remembered. */
    List<String> words(String text, Function<String, List<String>> segment) {
        return used.computeIfAbsent(sha256(text),
                key -> known.containsKey(key) ? known.get(key) : List.copyOf(segment.apply(text)));
    }

    /** True when the texts used since loading are exactly the ones loaded (nothing to write back). */
    public boolean unchanged() {
        return used.keySet().equals(known.keySet());
    }

    /** The words of the texts used since loading, packed in key order (the same memo gives the same bytes). */
    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(FORMAT);
            Map<String, List<String>> sorted = new TreeMap<>(used);
            out.writeInt(sorted.size());
            for (Map.Entry<String, List<String>> e : sorted.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (String w : e.getValue()) {
                    out.writeUTF(w);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        return buffer.toByteArray();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
