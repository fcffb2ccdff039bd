package org.gongwen.search;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Searches a built site's index from Java with the same semantics as the browser runtime ({@code search.js}): every
 * term of the query must occur in the document (normalised by {@link SearchText}), proven by bigram positions;
 * ranked by 发文字号 hits, then title hits, then body relevance, newer first on ties.
 *
 * <p>Example: {@code SearchIndex.open(site).search("银发[2014]168号")} finds 银发〔2014〕168号.
 */
public final class SearchIndex {
    private final IndexFiles files;
    private final List<Segment> segments;
    private final int[][] docs;
    private final String textKeys;
    private final int textKeyLength;
    private final double averageLength;

    /** A segment of the index: its folder, shard count, and the index number of each of its documents (-1: gone). */
    private record Segment(String name, int shards, int[] numbers) {
    }

    /** One hit: the document, its score and a snippet of normalised text around the first hit. */
    public record Result(int doc, String url, String title, String docNumber, String date, int score,
                         String snippet) {
    }

    private SearchIndex(IndexFiles files, JsonNode overview) {
        this.files = files;
        List<Segment> parts = new ArrayList<>();
        for (JsonNode s : overview.get("segments")) {
            int[] numbers = Varint.decode(s.get("docs").asText()).stream().mapToInt(n -> n - 1).toArray();
            parts.add(new Segment(s.get("name").asText(), s.get("shards").asInt(), numbers));
        }
        this.segments = List.copyOf(parts);
        List<Integer> table = Varint.decode(overview.get("docs").asText());
        docs = new int[overview.get("count").asInt()][];
        long total = 0;
        for (int d = 0; d < docs.length; d++) {
            docs[d] = table.subList(d * 6, d * 6 + 6).stream().mapToInt(Integer::intValue).toArray();
            total += docs[d][5];
        }
        averageLength = docs.length == 0 ? 1 : (double) total / docs.length;
        textKeys = overview.get("textKeys").asText();
        textKeyLength = overview.get("textKeyLength").asInt();
    }

    /** Opens the index of the site in {@code siteDir}; fails when the site has none. */
    public static SearchIndex open(Path siteDir) {
        if (!Files.isRegularFile(siteDir.resolve("search/index.js"))) {
            throw new IllegalArgumentException("no search index in " + siteDir + " (run gongwen build first)");
        }
        IndexFiles files = new IndexFiles(siteDir);
        return new SearchIndex(files, files.data("search/index.js"));
    }

    /** The documents containing every term of the query, best first. */
    public List<Result> search(String query) {
        List<String> terms = QueryTerm.parse(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<Integer, Integer> scores = null;
        Map<Integer, Integer> firstHits = new HashMap<>();
        for (String term : terms) {
            Map<Integer, List<Integer>> hits = matches(term);
            Map<Integer, Integer> next = new HashMap<>();
            for (Map.Entry<Integer, List<Integer>> e : hits.entrySet()) {
                if (scores == null || scores.containsKey(e.getKey())) {
                    int previous = scores == null ? 0 : scores.get(e.getKey());
                    next.put(e.getKey(), previous + score(term, e.getKey(), e.getValue()));
                    firstHits.putIfAbsent(e.getKey(), snippetPosition(e.getKey(), e.getValue()));
                }
            }
            scores = next;
        }
        List<Result> results = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : scores.entrySet()) {
            results.add(result(e.getKey(), e.getValue(), firstHits.get(e.getKey()), terms.get(0).length()));
        }
        results.sort(Comparator.comparingInt(Result::score).reversed()
                .thenComparing(r -> -docs[r.doc()][0]).thenComparingInt(Result::doc));
        return results;
    }

    /** Document → positions of the term (only the first position for a one-character term). */
    private Map<Integer, List<Integer>> matches(String term) {
        if (term.length() == 1) {
            return postings("c", term, PostingsReader::firstPositions);
        }
        List<Integer> offsets = QueryTerm.coveringOffsets(term.length());
        List<Map<Integer, List<Integer>>> lists = new ArrayList<>();
        for (int offset : offsets) {
            lists.add(postings("b", term.substring(offset, offset + 2), PostingsReader::allPositions));
        }
        return PhraseMatcher.match(offsets, lists);
    }

    /**
     * The term's postings in every segment, decoded, by index number: each segment numbers its own documents, and
     * a document gone from the archive (still in the base segment's postings) is left out.
     */
    private <V> Map<Integer, V> postings(String kind, String term, Function<String, Map<Integer, V>> decode) {
        Map<Integer, V> out = new TreeMap<>();
        for (Segment segment : segments) {
            JsonNode shard = files.data("search/" + segment.name() + "/"
                    + Shards.of(kind, term, segment.shards()) + ".js");
            JsonNode value = shard == null ? null : shard.path(kind).get(term);
            if (value != null) {
                decode.apply(value.asText()).forEach((local, v) -> {
                    int doc = segment.numbers()[local];
                    if (doc >= 0) {
                        out.put(doc, v);
                    }
                });
            }
        }
        return out;
    }

    /** 1000 for a hit in the 发文字号, 100 in the title, up to 10 for body relevance, 2 when it is a HanLP word. */
    private int score(String term, int doc, List<Integer> positions) {
        int[] d = docs[doc];
        int score = 0;
        if (positions.get(0) < d[3]) {
            score += 1000;
        }
        if (positions.stream().anyMatch(p -> p > d[3] && p < d[4])) {
            score += 100;
        }
        long body = positions.stream().filter(p -> p > d[4]).count();
        double norm = 1.2 * (0.25 + 0.75 * d[5] / averageLength);
        score += (int) Math.round(10 * body / (body + norm));
        if (term.length() > 1 && postings("w", term, PostingsReader::counts).containsKey(doc)) {
            score += 2;
        }
        return score;
    }

    private int snippetPosition(int doc, List<Integer> positions) {
        return positions.stream().filter(p -> p > docs[doc][4]).findFirst().orElse(positions.get(0));
    }

    private Result result(int doc, int score, int position, int length) {
        JsonNode row = files.data("search/m/" + doc / SearchIndexBuilder.META_CHUNK + ".js")
                .get(doc % SearchIndexBuilder.META_CHUNK);
        return new Result(doc, row.get(0).asText(), text(row, 1), text(row, 2), text(row, 3), score,
                snippet(doc, position, length));
    }

    private String snippet(int doc, int position, int length) {
        int from = Math.max(0, position - 30);
        int to = Math.min(docs[doc][5], position + length + 50);
        String key = textKeys.substring(doc * textKeyLength, (doc + 1) * textKeyLength);
        StringBuilder text = new StringBuilder();
        for (int k = from / SearchIndexBuilder.TEXT_CHUNK; k * SearchIndexBuilder.TEXT_CHUNK < to; k++) {
            text.append(files.data("search/t/" + key + "-" + k + ".js").asText());
        }
        int base = from / SearchIndexBuilder.TEXT_CHUNK * SearchIndexBuilder.TEXT_CHUNK;
        return text.substring(from - base, to - base).replace(SearchText.SEPARATOR, ' ');
    }

    private static String text(JsonNode row, int i) {
        return row.get(i).isNull() ? null : row.get(i).asText();
    }
}
