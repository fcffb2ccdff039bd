package org.gongwen.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.SpeedTokenizer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Builds the sharded search index of a site: character bigrams with every position (so the browser proves a phrase
 * is in a document without loading its text), single characters, and HanLP words (for ranking). Output is a map of
 * site-relative paths to file bytes, deterministic for the same documents in any order.
 *
 * <p>Files (each an ordinary script calling the global {@code gongwenSearch}, so they load from {@code file://}):
 * {@code search/index.js} (per-document date, issuer, 文种, field lengths; the shard count), {@code search/s/N.js}
 * (postings of the terms hashed to shard N), {@code search/m/K.js} (titles and links of documents
 * {@code K*8..K*8+7}), {@code search/t/D-K.js} (chunk K of document D's searchable text, for snippets).
 */
public final class SearchIndexBuilder {
    static final int META_CHUNK = 8;
    static final int TEXT_CHUNK = 512;
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
        List<DocumentPostings> postings = texts.parallelStream()
                .map(t -> memo.postings(t, x -> DocumentPostings.of(x, words(x)))).toList();
        // the kinds share nothing, so each is merged on its own core
        MergedPostings[] kinds = IntStream.range(0, DocumentPostings.KINDS).parallel()
                .mapToObj(k -> MergedPostings.merge(k, postings)).toArray(MergedPostings[]::new);
        Map<String, byte[]> files = new TreeMap<>();
        int shardCount = ShardFiles.write(kinds, files);
        files.put("search/index.js", script("index", List.of(), overview(docs, texts, shardCount)));
        writeMeta(docs, files);
        writeTexts(texts, files);
        return files;
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

    private static Map<String, Object> overview(List<SearchDocument> docs, List<String> texts, int shardCount) {
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
        overview.put("version", 1);
        overview.put("count", docs.size());
        overview.put("shards", shardCount);
        overview.put("metaChunk", META_CHUNK);
        overview.put("textChunk", TEXT_CHUNK);
        overview.put("issuers", issuers);
        overview.put("types", types);
        overview.put("docs", table.toString());
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

    private static void writeTexts(List<String> texts, Map<String, byte[]> files) {
        for (int d = 0; d < texts.size(); d++) {
            String text = texts.get(d);
            for (int k = 0; k * TEXT_CHUNK < text.length(); k++) {
                String chunk = text.substring(k * TEXT_CHUNK, Math.min(text.length(), (k + 1) * TEXT_CHUNK));
                files.put("search/t/" + d + "-" + k + ".js", script("text", List.of(d, k), chunk));
            }
        }
    }

    /** {@code gongwenSearch.name(args…, json);} — JSON from Jackson, the only content; nothing is concatenated in. */
    private static byte[] script(String function, List<Integer> args, Object data) {
        try {
            StringBuilder sb = new StringBuilder(CALLBACK).append('.').append(function).append('(');
            for (int a : args) {
                sb.append(a).append(',');
            }
            sb.append(JSON.writeValueAsString(data)).append(");\n");
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("index data always serialises", e);
        }
    }
}
