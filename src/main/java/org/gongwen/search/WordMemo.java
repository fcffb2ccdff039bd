package org.gongwen.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Each searchable text's share of the index ({@link DocumentPostings}: its HanLP words, bigrams and characters already
 * encoded), remembered by the text's SHA-256: segmenting and encoding are the costly part of indexing, and an
 * incremental build only needs them for the texts it has not seen. Packed into one blob (one read instead of one file
 * per document; each distinct word stored once) with a CRC-32, so a damaged blob is ignored rather than giving wrong
 * postings; {@link #bytes(byte[])} keeps only the texts used since loading, so the memo never outgrows the archive. The caller keys the blob by tool version:
 * a changed segmenter or encoding never reuses old postings.
 */
public final class WordMemo {
    /** 1 held words only; 3 holds {@link DocumentPostings} and a word table. */
    private static final int FORMAT = 3;
    private static final int KEY_BYTES = 32;
    private final Map<String, DocumentPostings> known;
    private final Map<String, DocumentPostings> used = new ConcurrentHashMap<>();
    /** Searchable texts and their SHA-256 by the fields they are made of, kept in memory only ({@link #next()}). */
    private final Map<Fields, Searchable> searchableKnown;
    private final Map<Fields, Searchable> searchableUsed = new ConcurrentHashMap<>();

    /** The fields a searchable text is made of; the same strings in a later build find it without hashing. */
    private record Fields(String docNumber, String title, String text) {
    }

    /** A document's searchable text ({@link SearchText#searchable}) and its SHA-256, the memo's key. */
    record Searchable(String text, String sha256) {
    }

    private WordMemo(Map<String, DocumentPostings> known) {
        this(known, Map.of());
    }

    private WordMemo(Map<String, DocumentPostings> known, Map<Fields, Searchable> searchableKnown) {
        this.known = known;
        this.searchableKnown = searchableKnown;
    }

    /** A memo that knows nothing (every text is segmented). */
    public static WordMemo empty() {
        return new WordMemo(Map.of());
    }

    /**
     * The memo packed by {@link #bytes(byte[])} from {@code blob[from]} to the end (after the caller's header, without
     * copying the rest); an unreadable or damaged one gives an empty memo.
     */
    public static WordMemo read(byte[] blob, int from) {
        Map<String, DocumentPostings> known = new ConcurrentHashMap<>();
        try {
            // not sliced: the buffer's positions stay indexes into blob, as readWords and crc use them
            ByteBuffer in = ByteBuffer.wrap(blob, from, blob.length - from);
            if (in.getInt() != FORMAT || in.getInt() != crc(blob, from + 8)) {
                return empty();
            }
            String[] words = readWords(in);
            int entries = in.getInt();
            byte[] key = new byte[KEY_BYTES];
            for (int e = 0; e < entries; e++) {
                in.get(key);
                known.put(HexFormat.of().formatHex(key), DocumentPostings.read(in, words));
            }
            if (in.hasRemaining()) {
                return empty();
            }
        } catch (RuntimeException e) {
            return empty();
        }
        return new WordMemo(known);
    }

    /**
     * The searchable text of a document's fields and its SHA-256: normalising and hashing 600 texts costs more than
     * all else an ingest's index needs, and a process's next build (its memo from {@link #next()}) usually has the
     * very same strings, whose hash codes Java keeps and whose equality is then identity.
     */
    Searchable searchable(String docNumber, String title, String text) {
        Fields fields = new Fields(docNumber, title, text);
        return searchableUsed.computeIfAbsent(fields, f -> {
            Searchable known = searchableKnown.get(f);
            if (known != null) {
                return known;
            }
            String searchable = SearchText.searchable(docNumber, title, text);
            return new Searchable(searchable, sha256(searchable));
        });
    }

    /**
     * The postings of {@code text}, whose {@link #sha256} the caller has: remembered, or computed by {@code compute}
     * and remembered.
     */
    DocumentPostings postings(String sha256, String text, Function<String, DocumentPostings> compute) {
        return used.computeIfAbsent(sha256, key -> known.containsKey(key) ? known.get(key) : compute.apply(text));
    }

    /**
     * Keeps the postings of the text with this SHA-256, if known, among the texts used (and so saved), though this
     * build does not ask for them: they are in a segment the index keeps.
     */
    void retain(String sha256) {
        DocumentPostings known = this.known.get(sha256);
        if (known != null) {
            used.putIfAbsent(sha256, known);
        }
    }

    /**
     * The memo a next build starts from in this process: it knows the texts this one used, as {@link #bytes} saved
     * them, without reading them back.
     */
    public WordMemo next() {
        return new WordMemo(new ConcurrentHashMap<>(used), new ConcurrentHashMap<>(searchableUsed));
    }

    /** True when the texts used since loading are exactly the ones loaded (nothing to write back). */
    public boolean unchanged() {
        return used.keySet().equals(known.keySet());
    }

    /**
     * {@code prefix} (the caller's header) followed by the postings of the texts used since loading, packed in key
     * order (the same memo gives the same bytes): format, CRC-32 of the rest, the table of words (sorted, UTF-8, one
     * per line: normalised text has no line breaks), then per text its SHA-256 and its postings.
     */
    public byte[] bytes(byte[] prefix) {
        Map<String, DocumentPostings> sorted = new TreeMap<>(used);
        TreeSet<String> distinct = new TreeSet<>();
        sorted.values().forEach(p -> distinct.addAll(Arrays.asList(p.part(DocumentPostings.WORDS).words())));
        Map<String, Integer> index = new HashMap<>();
        distinct.forEach(w -> index.put(w, index.size()));
        byte[] table = String.join("\n", distinct).getBytes(StandardCharsets.UTF_8);
        int size = prefix.length + 20 + table.length;
        for (DocumentPostings p : sorted.values()) {
            size += KEY_BYTES + p.serializedSize();
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(prefix).putInt(FORMAT).putInt(0).putInt(distinct.size()).putInt(table.length).put(table)
                .putInt(sorted.size());
        for (Map.Entry<String, DocumentPostings> e : sorted.entrySet()) {
            out.put(HexFormat.of().parseHex(e.getKey()));
            e.getValue().write(out, index::get);
        }
        byte[] blob = out.array();
        out.putInt(prefix.length + 4, crc(blob, prefix.length + 8));
        return blob;
    }

    /** The word table: one UTF-8 decode of the whole table, split at line breaks. */
    private static String[] readWords(ByteBuffer in) {
        int count = in.getInt();
        int length = in.getInt();
        if (count < 0 || count > length + 1) {
            throw new IllegalArgumentException("malformed word table");
        }
        String[] words = new String[count];
        String table = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        int start = 0;
        for (int i = 0; i < words.length; i++) {
            int end = i == words.length - 1 ? table.length() : table.indexOf('\n', start);
            words[i] = table.substring(start, end);
            start = end + 1;
        }
        if (start != table.length() + 1 && words.length > 0) {
            throw new IllegalArgumentException("malformed word table");
        }
        return words;
    }

    private static int crc(byte[] blob, int from) {
        CRC32 crc = new CRC32();
        crc.update(blob, from, blob.length - from);
        return (int) crc.getValue();
    }

    /** The SHA-256 of the text's UTF-8, in lower-case hex: the memo's key, and the start of the text's chunk names. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
