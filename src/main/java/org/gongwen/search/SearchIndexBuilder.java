package org.gongwen.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.SpeedTokenizer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Builds the sharded search index of a site: character bigrams with every position (so the browser proves a phrase
 * is in a document without loading its text), single characters, and HanLP words (for ranking). Output is a map of
 * site-relative paths to file bytes, deterministic for the same documents in any order (and, for {@link #update},
 * the same base segment).
 *
 * <p>Files (each an ordinary script calling the global {@code gongwenSearch}, so they load from {@code file://}):
 * {@code search/index.js} (per-document date, issuer, 文种, field lengths and text key; the segments),
 * {@code search/s/N.js} and {@code search/d/N.js} (postings of the terms hashed to shard N, in the base and the delta
 * segment), {@code search/m/K.js} (titles and links of documents {@code K*8..K*8+7}), {@code search/t/H-K.js} (chunk K
 * of the searchable text whose key is H, for snippets).
 *
 * <p>Segments: documents are numbered in id order across the index; each segment's postings number its own documents,
 * and the segment maps them to index numbers (or to none, for a document no longer in the archive). A full build
 * writes one segment, the base. An {@link #update} keeps a live base segment whose documents are (nearly) all still
 * there, unread and unwritten, and writes the new and changed documents as a small delta segment, so ingesting one
 * document rewrites a few shard files instead of all of them; when the delta outgrows {@link #deltaLimit} the next
 * update builds a new base. Either way a query gets the same answers.
 *
 * <p>A text's key is the start of its SHA-256 in hex ({@link #textKeys}), not the document's number: numbers shift
 * when a document is added or removed, keys do not, so an ingest leaves the text chunks of every other document as
 * they were (same name, same bytes) instead of rewriting thousands. Hex is safe in URLs and on case-insensitive file
 * shares.
 */
public final class SearchIndexBuilder {
    /** The index format ({@code version} in {@code search/index.js}); 3 has segments. */
    static final int FORMAT = 3;
    static final int META_CHUNK = 8;
    static final int TEXT_CHUNK = 512;
    /** Hex digits of a text key, unless two texts share them ({@link #textKeys}). */
    static final int TEXT_KEY_LENGTH = 12;
    static final String CALLBACK = "gongwenSearch";
    static final String BASE = "s";
    static final String DELTA = "d";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WordMemo memo;

    /**
     * The files of an index build.
     *
     * @param files the files to write, by site-relative path
     * @param kept  the live site's files the new index keeps as they are (the base segment's shards), not in
     *              {@code files}
     * @param base  the base segment of the new index, for the next update
     */
    public record Update(Map<String, byte[]> files, List<String> kept, BaseSegment base) {
    }

    /** A builder that segments every text. */
    public SearchIndexBuilder() {
        this(WordMemo.empty());
    }

    /**
     * A builder that takes the postings (and so the words) of texts it has seen before from {@code memo}, and adds
     * the new ones.
     */
    public SearchIndexBuilder(WordMemo memo) {
        this.memo = memo;
    }

    /** The index files for the given documents, by site-relative path: one segment, built whole. */
    public Map<String, byte[]> build(List<SearchDocument> documents) {
        return update(documents, null).files();
    }

    /**
     * The index files for the given documents, keeping the base segment {@code live} of the live index when its
     * documents are still (nearly all) there: then only the documents not in it are indexed, as the delta segment.
     *
     * @param live the live index's base segment, or null (a full build)
     */
    public Update update(List<SearchDocument> documents, BaseSegment live) {
        List<SearchDocument> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparing(SearchDocument::id));
        List<WordMemo.Searchable> searchable = docs.parallelStream()
                .map(d -> memo.searchable(d.docNumber(), d.title(), d.text())).toList();
        List<String> texts = searchable.stream().map(WordMemo.Searchable::text).toList();
        List<String> hashes = searchable.stream().map(WordMemo.Searchable::sha256).toList();
        Map<String, byte[]> files = new TreeMap<>();
        int[] baseDocs = live == null ? null : baseDocs(live, hashes);
        List<Map<String, Object>> segments = new ArrayList<>();
        Update update;
        if (baseDocs != null && changes(baseDocs, docs.size()) <= deltaLimit(live.textHashes().size())) {
            // the base's postings stay in the memo, for the full build that will replace the base one day
            live.textHashes().forEach(memo::retain);
            segments.add(segment(BASE, live.shards(), baseDocs, live.key()));
            int[] deltaDocs = notIn(baseDocs, docs.size());
            if (deltaDocs.length > 0) {
                int shards = writeSegment(DELTA, deltaDocs, texts, hashes, files);
                segments.add(segment(DELTA, shards, deltaDocs, null));
            }
            update = new Update(files, live.files(), live);
        } else {
            int[] all = IntStream.range(0, docs.size()).toArray();
            int shards = writeSegment(BASE, all, texts, hashes, files);
            BaseSegment base = new BaseSegment(shards, hashes);
            segments.add(segment(BASE, shards, all, base.key()));
            update = new Update(files, List.of(), base);
        }
        List<String> keys = textKeys(hashes);
        files.put("search/index.js", script("index", List.of(), overview(docs, texts, keys, segments)));
        writeMeta(docs, files);
        writeTexts(texts, keys, files);
        return update;
    }

    /**
     * How many documents a delta segment may hold (new or changed documents plus base documents no longer in the
     * archive) before the next update builds a new base: a tenth of the base, and at least 16.
     */
    static int deltaLimit(int baseDocuments) {
        return Math.max(16, baseDocuments / 10);
    }

    /** The site path of base shard {@code n}. */
    static String baseShardPath(int n) {
        return "search/" + BASE + "/" + n + ".js";
    }

    /**
     * For each document of the base segment, in its order, the index number of the document with the same text
     * (each taken once, in index order), or -1 when no document has that text any more.
     */
    private static int[] baseDocs(BaseSegment live, List<String> hashes) {
        Map<String, ArrayDeque<Integer>> byHash = new HashMap<>();
        for (int d = 0; d < hashes.size(); d++) {
            byHash.computeIfAbsent(hashes.get(d), h -> new ArrayDeque<>()).add(d);
        }
        int[] numbers = new int[live.textHashes().size()];
        for (int i = 0; i < numbers.length; i++) {
            ArrayDeque<Integer> same = byHash.get(live.textHashes().get(i));
            numbers[i] = same == null || same.isEmpty() ? -1 : same.poll();
        }
        return numbers;
    }

    /** The documents of the index not in the base, plus the base's documents gone from the index. */
    private static int changes(int[] baseDocs, int documents) {
        int gone = (int) Arrays.stream(baseDocs).filter(d -> d < 0).count();
        return gone + (documents - (baseDocs.length - gone));
    }

    /** The index numbers of the documents the base does not hold, ascending. */
    private static int[] notIn(int[] baseDocs, int documents) {
        boolean[] inBase = new boolean[documents];
        for (int d : baseDocs) {
            if (d >= 0) {
                inBase[d] = true;
            }
        }
        return IntStream.range(0, documents).filter(d -> !inBase[d]).toArray();
    }

    /** Indexes the given documents (by index number) as the segment {@code name}; returns its shard count. */
    private int writeSegment(String name, int[] numbers, List<String> texts, List<String> hashes,
                             Map<String, byte[]> files) {
        List<DocumentPostings> postings = Arrays.stream(numbers).parallel()
                .mapToObj(d -> memo.postings(hashes.get(d), texts.get(d), x -> DocumentPostings.of(x, words(x))))
                .toList();
        // the kinds share nothing, so each is merged on its own core
        MergedPostings[] kinds = IntStream.range(0, DocumentPostings.KINDS).parallel()
                .mapToObj(k -> MergedPostings.merge(k, postings)).toArray(MergedPostings[]::new);
        return ShardFiles.write(name, kinds, files);
    }

    /**
     * A segment as {@code index.js} lists it: its folder, shard count, and for each of its documents the index
     * number plus one (0: gone from the archive), as varints; the base also has its {@link BaseSegment#key()}.
     */
    private static Map<String, Object> segment(String name, int shards, int[] numbers, String key) {
        StringBuilder docs = new StringBuilder();
        for (int d : numbers) {
            Varint.append(docs, d + 1);
        }
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("name", name);
        if (key != null) {
            segment.put("key", key);
        }
        segment.put("shards", shards);
        segment.put("docs", docs.toString());
        return segment;
    }

    /**
     * The texts' keys: the first {@link #TEXT_KEY_LENGTH} hex digits of each SHA-256, or the first 16, 20 … when two
     * different texts share those (a key then names one text, whatever the other documents are; equal texts share a
     * key and so their chunk files). All keys have one length, so the index holds them as one string.
     */
    static List<String> textKeys(List<String> hashes) {
        Set<String> distinct = new HashSet<>(hashes);
        int length = TEXT_KEY_LENGTH;
        while (length < 64 && !unique(distinct, length)) {
            length += 4;
        }
        int keyLength = length;
        return hashes.stream().map(h -> h.substring(0, keyLength)).toList();
    }

    private static boolean unique(Set<String> hashes, int length) {
        Set<String> prefixes = new HashSet<>();
        for (String hash : hashes) {
            if (!prefixes.add(hash.substring(0, length))) {
                return false;
            }
        }
        return true;
    }

    /** HanLP's words of two or more characters, in text order (the count of each word is its term frequency). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String field : text.split(String.valueOf(SearchText.SEPARATOR), -1)) {
            for (Term term : SpeedTokenizer.segment(field)) {
                if (term.word.length() >= 2 && term.word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(term.word);
                }
            }
        }
        words.sort(null);
        return words;
    }

    private static Map<String, Object> overview(List<SearchDocument> docs, List<String> texts, List<String> keys,
                                                List<Map<String, Object>> segments) {
        List<String> issuers = docs.stream().map(SearchDocument::issuer).filter(s -> s != null && !s.isBlank())
                .distinct().sorted().toList();
        List<String> types = docs.stream().map(SearchDocument::docType).filter(s -> s != null && !s.isBlank())
                .distinct().sorted().toList();
        StringBuilder table = new StringBuilder();
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            String text = texts.get(d);
            int numberEnd = text.indexOf(SearchText.SEPARATOR);
            Varint.append(table, doc.dateNumber());
            Varint.append(table, issuers.indexOf(doc.issuer()) + 1);
            Varint.append(table, types.indexOf(doc.docType()) + 1);
            Varint.append(table, numberEnd);
            Varint.append(table, text.indexOf(SearchText.SEPARATOR, numberEnd + 1));
            Varint.append(table, text.length());
        }
        Map<String, Object> overview = new LinkedHashMap<>();
        overview.put("version", FORMAT);
        overview.put("count", docs.size());
        overview.put("segments", segments);
        overview.put("metaChunk", META_CHUNK);
        overview.put("textChunk", TEXT_CHUNK);
        overview.put("issuers", issuers);
        overview.put("types", types);
        overview.put("docs", table.toString());
        overview.put("textKeyLength", keys.isEmpty() ? TEXT_KEY_LENGTH : keys.get(0).length());
        overview.put("textKeys", String.join("", keys));
        return overview;
    }

    private static void writeMeta(List<SearchDocument> docs, Map<String, byte[]> files) {
        for (int k = 0; k * META_CHUNK < docs.size(); k++) {
            List<List<String>> rows = new ArrayList<>();
            for (SearchDocument d : docs.subList(k * META_CHUNK, Math.min(docs.size(), (k + 1) * META_CHUNK))) {
                rows.add(java.util.Arrays.asList(d.url(), d.title(), d.docNumber(), d.date(), d.issuer(),
                        d.docType()));
            }
            files.put("search/m/" + k + ".js", script("meta", List.of(k), rows));
        }
    }

    /** The chunks of each distinct text once, named by its key: equal texts have equal keys and equal chunks. */
    private static void writeTexts(List<String> texts, List<String> keys, Map<String, byte[]> files) {
        Set<String> written = new HashSet<>();
        for (int d = 0; d < texts.size(); d++) {
            String text = texts.get(d);
            String key = keys.get(d);
            if (!written.add(key)) {
                continue;
            }
            for (int k = 0; k * TEXT_CHUNK < text.length(); k++) {
                String chunk = text.substring(k * TEXT_CHUNK, Math.min(text.length(), (k + 1) * TEXT_CHUNK));
                files.put("search/t/" + key + "-" + k + ".js", script("text", List.of(key, k), chunk));
            }
        }
    }

    /** {@code gongwenSearch.name(args…, json);} — JSON from Jackson, the only content; nothing is concatenated in. */
    private static byte[] script(String function, List<?> args, Object data) {
        try {
            StringBuilder sb = new StringBuilder(CALLBACK).append('.').append(function).append('(');
            for (Object a : args) {
                sb.append(JSON.writeValueAsString(a)).append(',');
            }
            sb.append(JSON.writeValueAsString(data)).append(");\n");
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("index data always serialises", e);
        }
    }
}
