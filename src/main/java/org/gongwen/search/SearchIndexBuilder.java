package org.gongwen.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.SpeedTokenizer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
 * site-relative paths to file bytes, deterministic for the same documents in any order.
 *
 * <p>Files (each an ordinary script calling the global {@code gongwenSearch}, so they load from {@code file://}):
 * {@code search/index.js} (per-document date, issuer, 文种, field lengths and text key; the shard count),
 * {@code search/s/N.js} (postings of the terms hashed to shard N), {@code search/m/K.js} (titles and links of
 * documents {@code K*8..K*8+7}), {@code search/t/H-K.js} (chunk K of the searchable text whose key is H, for
 * snippets).
 *
 * <p>A text's key is the start of its SHA-256 in hex ({@link #textKeys}), not the document's number: numbers shift
 * when a document is added or removed, keys do not, so an ingest leaves the text chunks of every other document as
 * they were (same name, same bytes) instead of rewriting thousands. Hex is safe in URLs and on case-insensitive file
 * shares.
 */
public final class SearchIndexBuilder {
    static final int META_CHUNK = 8;
    static final int TEXT_CHUNK = 512;
    /** Hex digits of a text key, unless two texts share them ({@link #textKeys}). */
    static final int TEXT_KEY_LENGTH = 12;
    static final String CALLBACK = "gongwenSearch";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WordMemo memo;

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

    /** The index files for the given documents, by site-relative path. */
    public Map<String, byte[]> build(List<SearchDocument> documents) {
        List<SearchDocument> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparing(SearchDocument::id));
        List<String> texts = docs.parallelStream()
                .map(d -> SearchText.searchable(d.docNumber(), d.title(), d.text())).toList();
        List<String> hashes = texts.parallelStream().map(WordMemo::sha256).toList();
        List<DocumentPostings> postings = IntStream.range(0, texts.size()).parallel()
                .mapToObj(d -> memo.postings(hashes.get(d), texts.get(d), x -> DocumentPostings.of(x, words(x))))
                .toList();
        // the kinds share nothing, so each is merged on its own core
        MergedPostings[] kinds = IntStream.range(0, DocumentPostings.KINDS).parallel()
                .mapToObj(k -> MergedPostings.merge(k, postings)).toArray(MergedPostings[]::new);
        Map<String, byte[]> files = new TreeMap<>();
        int shardCount = ShardFiles.write(kinds, files);
        List<String> keys = textKeys(hashes);
        files.put("search/index.js", script("index", List.of(), overview(docs, texts, keys, shardCount)));
        writeMeta(docs, files);
        writeTexts(texts, keys, files);
        return files;
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
                                                int shardCount) {
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
        overview.put("version", 2);
        overview.put("count", docs.size());
        overview.put("shards", shardCount);
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
