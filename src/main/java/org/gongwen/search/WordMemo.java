package org.gongwen.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Each searchable text's share of the index ({@link DocumentPostings}: its HanLP words, bigrams and characters already
 * encoded), remembered by the text's SHA-256: segmenting and encoding are the costly part of indexing, and an
 * incremental build only needs them for the texts it has not seen. Packed into one blob (one read instead of one file
 * per document) with a CRC-32, so a damaged blob is ignored rather than giving wrong postings; {@link #bytes()} keeps
 * only the texts used since loading, so the memo never outgrows the archive. The caller keys the blob by tool version:
 * a changed segmenter or encoding never reuses old postings.
 */
public final class WordMemo {
    /** 1 held words only; 2 holds {@link DocumentPostings}. */
    private static final int FORMAT = 2;
    private static final int KEY_BYTES = 32;
    private final Map<String, DocumentPostings> known;
    private final Map<String, DocumentPostings> used = new ConcurrentHashMap<>();

    private WordMemo(Map<String, DocumentPostings> known) {
        this.known = known;
    }

    /** A memo that knows nothing (every text is segmented). */
    public static WordMemo empty() {
        return new WordMemo(Map.of());
    }

    /** The memo packed by {@link #bytes()}; an unreadable or damaged blob gives an empty memo. */
    public static WordMemo read(byte[] blob) {
        Map<String, DocumentPostings> known = new ConcurrentHashMap<>();
        try {
            ByteBuffer in = ByteBuffer.wrap(blob);
            if (in.getInt() != FORMAT || in.getInt() != crc(blob, 8)) {
                return empty();
            }
            int entries = in.getInt();
            byte[] key = new byte[KEY_BYTES];
            for (int e = 0; e < entries; e++) {
                in.get(key);
                known.put(HexFormat.of().formatHex(key), DocumentPostings.read(in));
            }
            if (in.hasRemaining()) {
                return empty();
            }
        } catch (RuntimeException e) {
            return empty();
        }
        return new WordMemo(known);
    }

    /** The postings of {@code text}: remembered, or computed by {@code compute} and remembered. */
    DocumentPostings postings(String text, Function<String, DocumentPostings> compute) {
        return used.computeIfAbsent(sha256(text),
                key -> known.containsKey(key) ? known.get(key) : compute.apply(text));
    }

    /** True when the texts used since loading are exactly the ones loaded (nothing to write back). */
    public boolean unchanged() {
        return used.keySet().equals(known.keySet());
    }

    /** The postings of the texts used since loading, packed in key order (the same memo gives the same bytes). */
    public byte[] bytes() {
        Map<String, DocumentPostings> sorted = new TreeMap<>(used);
        int size = 12;
        for (DocumentPostings p : sorted.values()) {
            size += KEY_BYTES + p.serializedSize();
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(FORMAT).putInt(0).putInt(sorted.size());
        for (Map.Entry<String, DocumentPostings> e : sorted.entrySet()) {
            out.put(HexFormat.of().parseHex(e.getKey()));
            e.getValue().write(out);
        }
        byte[] blob = out.array();
        out.putInt(4, crc(blob, 8));
        return blob;
    }

    private static int crc(byte[] blob, int from) {
        CRC32 crc = new CRC32();
        crc.update(blob, from, blob.length - from);
        return (int) crc.getValue();
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
