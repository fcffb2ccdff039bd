package org.gongwen.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index files exactly: the shard encoding, and memoised builds giving the bytes of fresh ones. */
class SearchIndexBuilderTest {
    private static final List<SearchDocument> DOCS = List.of(
            doc("a", null, "甲乙", "乙\"乙"),
            doc("b", null, null, "甲乙甲乙"));

    @Test
    void shardHoldsEachTermsDocumentGapsCountsAndPositions() {
        // words given, so the expectation does not depend on HanLP
        WordMemo memo = WordMemo.empty();
        Memos.postings(memo, searchable(DOCS.get(0)), t -> DocumentPostings.of(t, List.of("甲乙")));
        Memos.postings(memo, searchable(DOCS.get(1)), t -> DocumentPostings.of(t, List.of("甲乙", "甲乙")));
        Map<String, byte[]> files = new SearchIndexBuilder(memo).build(DOCS);
        // 甲乙: doc 0 (gap A) once (B) at 1 (B); doc 1 (gap B) twice (C) at 2 (C) and 2 + 2 (C). Characters keep
        // the count and the first position only; words the count. Keys in string order, '"' escaped.
        assertThat(new String(files.get("search/s/0.js"), StandardCharsets.UTF_8)).isEqualTo(
                "gongwenSearch.shard(\"s\",0,{\"b\":{\"\\\"乙\":\"ABF\",\"乙\\\"\":\"ABE\",\"乙甲\":\"BBD\",\"甲乙\":\"ABBBCCC\"},"
                        + "\"c\":{\"\\\"\":\"ABF\",\"乙\":\"ADCBCD\",\"甲\":\"ABBBCC\"},\"w\":{\"甲乙\":\"ABBC\"}});\n");
        assertThat(files.keySet()).filteredOn(f -> f.startsWith("search/s/")).containsExactly("search/s/0.js");
    }

    @Test
    void aMemoisedBuildGivesTheBytesOfAFreshOneAlsoWhenADocumentIsAddedInTheMiddle() {
        List<SearchDocument> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.add(doc(String.format("d%02d", i), "银发〔2014〕" + i + "号", "关于第" + i + "项工作的通知",
                    "各单位：现将第" + i + "项工作通知如下。营商环境\\\"𠀀𠀁" + "金融".repeat(i % 7) + "（完）"));
        }
        Map<String, byte[]> fresh = new SearchIndexBuilder().build(all);
        WordMemo memo = WordMemo.empty();
        List<SearchDocument> withoutOne = new ArrayList<>(all);
        withoutOne.remove(30);
        new SearchIndexBuilder(memo).build(withoutOne);
        WordMemo reread = Memos.read(Memos.bytes(memo));
        Map<String, byte[]> memoised = new SearchIndexBuilder(reread).build(all);
        assertThat(strings(memoised)).isEqualTo(strings(fresh));
        assertThat(fresh.keySet()).contains("search/s/0.js", "search/index.js",
                "search/t/" + key(all.get(59)) + "-0.js");
    }

    /**
     * An update that keeps the live base segment writes only the documents not in it, as a delta segment, and the
     * index then answers every query exactly as one built whole: added, changed and removed documents included.
     */
    @Test
    void anUpdateKeepingTheBaseAnswersEveryQueryAsAFullBuild(@TempDir Path tmp) throws IOException {
        List<SearchDocument> before = numbered(40);
        SearchIndexBuilder.Update first = new SearchIndexBuilder().update(before, null);
        assertThat(first.kept()).isEmpty();
        Path live = site(tmp.resolve("live"), first, null);
        assertThat(first.base().isPublishedIn(live)).isTrue();

        List<SearchDocument> after = new ArrayList<>(before);
        after.remove(7);                                                          // removed
        after.set(11, doc("d11", "银发〔2014〕11号", "关于第11项工作的补充通知", "改正后的正文提到数字人民币。"));  // changed
        after.add(doc("d40", "银发〔2014〕40号", "关于第40项工作的通知", "各单位：新增文件提到营商环境和数字人民币。"));
        after.add(doc("c00", null, "排在前面的新文件", "营商环境，金融服务。"));              // sorts before every id
        SearchIndexBuilder.Update update = new SearchIndexBuilder().update(after, first.base());
        Path incremental = site(tmp.resolve("incremental"), update, live);
        Path whole = site(tmp.resolve("whole"), new SearchIndexBuilder().update(after, null), null);

        assertThat(update.base()).isEqualTo(first.base());
        assertThat(update.kept()).containsExactlyElementsOf(first.base().files()).isNotEmpty();
        assertThat(update.files().keySet()).noneMatch(f -> f.startsWith("search/s/"))
                .anyMatch(f -> f.startsWith("search/d/"));
        SearchIndex expected = SearchIndex.open(whole);
        SearchIndex actual = SearchIndex.open(incremental);
        List<String> queries = new ArrayList<>(List.of("营商环境", "数字人民币", "金融", "正文", "补充通知",
                "银发〔2014〕7号", "银发[2014]11号", "第11项", "第7项工作", "银发", "新增", "服务", "融", "通知 金融"));
        after.forEach(d -> queries.add(d.title()));
        before.forEach(d -> queries.add(d.title()));
        for (String q : queries) {
            assertThat(actual.search(q)).as(q).isEqualTo(expected.search(q));
        }
        assertThat(actual.search("第7项工作")).isEmpty();
        assertThat(actual.search("数字人民币")).extracting(SearchIndex.Result::url)
                .containsExactlyInAnyOrder("docs/d11.html", "docs/d40.html");
        assertThat(actual.search("营商环境").get(0).url()).isEqualTo("docs/c00.html");
    }

    @Test
    void aDeltaBeyondItsLimitMakesANewBase() {
        List<SearchDocument> before = numbered(20);
        BaseSegment base = new SearchIndexBuilder().update(before, null).base();
        List<SearchDocument> after = new ArrayList<>(before);
        int limit = SearchIndexBuilder.deltaLimit(before.size());
        for (int i = 0; i < limit; i++) {
            after.add(doc("n" + i, null, "新文件" + i, "正文" + i));
        }
        assertThat(new SearchIndexBuilder().update(after, base).kept()).isNotEmpty();
        after.add(doc("n" + limit, null, "再一个新文件", "正文"));
        SearchIndexBuilder.Update rebuilt = new SearchIndexBuilder().update(after, base);
        assertThat(rebuilt.kept()).isEmpty();
        assertThat(rebuilt.base().textHashes()).hasSize(after.size());
        assertThat(rebuilt.files().keySet()).anyMatch(f -> f.startsWith("search/s/"))
                .noneMatch(f -> f.startsWith("search/d/"));
        assertThat(SearchIndexBuilder.deltaLimit(20)).isEqualTo(16);
        assertThat(SearchIndexBuilder.deltaLimit(600)).isEqualTo(60);
    }

    @Test
    void aBaseIsOnlyPublishedInASiteWhoseIndexNamesItAndHasAllItsShards(@TempDir Path tmp) throws IOException {
        SearchIndexBuilder.Update built = new SearchIndexBuilder().update(numbered(30), null);
        Path live = site(tmp.resolve("site"), built, null);
        BaseSegment base = built.base();
        assertThat(base.isPublishedIn(live)).isTrue();
        assertThat(new BaseSegment(base.shards(), base.textHashes().subList(1, 30)).isPublishedIn(live)).isFalse();
        Files.delete(live.resolve(base.files().get(0)));
        assertThat(base.isPublishedIn(live)).isFalse();
        assertThat(base.isPublishedIn(tmp.resolve("nothing"))).isFalse();
    }

    /** Writes the update's files into a new site folder, with the files it keeps copied from {@code live}. */
    private static Path site(Path dir, SearchIndexBuilder.Update update, Path live) throws IOException {
        for (String kept : update.kept()) {
            Path target = dir.resolve(kept);
            Files.createDirectories(target.getParent());
            Files.copy(live.resolve(kept), target);
        }
        for (Map.Entry<String, byte[]> f : update.files().entrySet()) {
            Path target = dir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        return dir;
    }

    private static List<SearchDocument> numbered(int count) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            docs.add(doc(String.format("d%02d", i), "银发〔2014〕" + i + "号", "关于第" + i + "项工作的通知",
                    "各单位：现将第" + i + "项工作通知如下。营商环境" + "金融".repeat(i % 7) + "（完）"));
        }
        return docs;
    }

    @Test
    void addingADocumentLeavesTheOtherDocumentsTextChunksAsTheyWere() {
        List<SearchDocument> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(doc(String.format("d%02d", i), null, "第" + i + "号通知", "正文" + "金融服务".repeat(40 * i)));
        }
        List<SearchDocument> withoutOne = new ArrayList<>(all);
        SearchDocument added = withoutOne.remove(3);
        Map<String, byte[]> before = new SearchIndexBuilder().build(withoutOne);
        Map<String, byte[]> after = new SearchIndexBuilder().build(all);
        Map<String, String> chunksBefore = strings(before);
        Map<String, String> chunksAfter = strings(after);
        chunksBefore.keySet().removeIf(f -> !f.startsWith("search/t/"));
        chunksAfter.keySet().removeIf(f -> !f.startsWith("search/t/"));
        assertThat(chunksBefore).hasSizeGreaterThan(30);
        // every chunk of the documents that were there stays, byte for byte; the new document only adds its own
        assertThat(chunksAfter).containsAllEntriesOf(chunksBefore);
        assertThat(chunksAfter.keySet()).filteredOn(f -> !chunksBefore.containsKey(f))
                .isNotEmpty().allMatch(f -> f.startsWith("search/t/" + key(added) + "-"));
        String first = "search/t/" + key(all.get(10)) + "-0.js";
        assertThat(key(all.get(10))).matches("[0-9a-f]{12}");
        assertThat(chunksAfter.get(first)).startsWith("gongwenSearch.text(\"" + key(all.get(10)) + "\",0,\"");
    }

    @Test
    void equalTextsShareTheirChunks() {
        List<SearchDocument> docs = List.of(doc("a", null, "通知", "同一正文"), doc("b", null, "通知", "同一正文"),
                doc("c", null, "通知", "另一正文"));
        Map<String, byte[]> files = new SearchIndexBuilder().build(docs);
        assertThat(files.keySet()).filteredOn(f -> f.startsWith("search/t/"))
                .containsExactlyInAnyOrder("search/t/" + key(docs.get(0)) + "-0.js",
                        "search/t/" + key(docs.get(2)) + "-0.js");
        assertThat(new String(files.get("search/index.js"), StandardCharsets.UTF_8))
                .contains("\"textKeyLength\":12,\"textKeys\":\"" + key(docs.get(0)) + key(docs.get(1))
                        + key(docs.get(2)) + "\"");
    }

    @Test
    void textKeysGrowUntilNoTwoTextsShareOne() {
        String a = "0123456789ab" + "0".repeat(52);
        String b = "0123456789ab" + "1".repeat(52);
        String c = "0123456789ab0000" + "2".repeat(48);
        assertThat(SearchIndexBuilder.textKeys(List.of(a, a))).containsExactly("0123456789ab", "0123456789ab");
        assertThat(SearchIndexBuilder.textKeys(List.of(a, b, a))).containsExactly("0123456789ab0000",
                "0123456789ab1111", "0123456789ab0000");
        assertThat(SearchIndexBuilder.textKeys(List.of(b, a, c))).containsExactly("0123456789ab11111111",
                "0123456789ab00000000", "0123456789ab00002222");
    }

    @Test
    void shardFilesAreWhatJacksonWritesForTheSortedMaps() throws Exception {
        List<DocumentPostings> docs = List.of(
                DocumentPostings.of("a\"b\\c𠀀d𠀁\u0001甲乙", List.of("\"引号\"", "a\\b", "𠀀字")),
                DocumentPostings.of("乙甲𠀀\uDC00x", List.of("甲乙")));
        MergedPostings[] kinds = new MergedPostings[DocumentPostings.KINDS];
        for (int k = 0; k < kinds.length; k++) {
            kinds[k] = MergedPostings.merge(k, docs);
        }
        Map<String, byte[]> files = new TreeMap<>();
        assertThat(ShardFiles.write("s", kinds, files)).isEqualTo(1);
        Map<String, Map<String, String>> expected = new TreeMap<>();
        for (MergedPostings kind : kinds) {
            Map<String, String> terms = new TreeMap<>();
            for (int i = 0; i < kind.termCount(); i++) {
                StringBuilder term = new StringBuilder();
                kind.appendTerm(kind.sortedId(i), term);
                terms.put(term.toString(), postings(kind, kind.sortedId(i)));
            }
            expected.put(ShardFiles.KIND_NAMES[kind.kind()], terms);
        }
        String jackson = "gongwenSearch.shard(\"s\",0," + new ObjectMapper().writeValueAsString(expected) + ");\n";
        assertThat(files.get("search/s/0.js")).isEqualTo(jackson.getBytes(StandardCharsets.UTF_8));
        assertThat(expected.get("c")).containsKeys("\"", "\\", "\uD840", "\uDC00");
    }

    @Test
    void theShardSizeEstimateIsTheSumOverTerms() {
        List<DocumentPostings> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = SearchText.searchable("银发〔2014〕" + i + "号", "关于第" + i + "项工作的通知",
                    "各单位：营商环境𠀀" + "金融".repeat(i % 7));
            docs.add(DocumentPostings.of(text, SearchIndexBuilder.words(text)));
        }
        MergedPostings[] kinds = new MergedPostings[DocumentPostings.KINDS];
        long perTerm = 0;
        for (int k = 0; k < kinds.length; k++) {
            kinds[k] = MergedPostings.merge(k, docs);
            for (int id = 0; id < kinds[k].termCount(); id++) {
                StringBuilder term = new StringBuilder();
                kinds[k].appendTerm(id, term);
                perTerm += term.length() * 3L + postings(kinds[k], id).length() + 6;
            }
        }
        assertThat(ShardFiles.estimatedBytes(kinds)).isEqualTo(perTerm).isGreaterThan(1000);
    }

    /** The term's encoded postings as a string. */
    private static String postings(MergedPostings kind, int id) {
        ByteBuilder out = new ByteBuilder();
        kind.copyPostings(id, out);
        return new String(out.toArray(), StandardCharsets.US_ASCII);
    }

    private static Map<String, String> strings(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.ISO_8859_1)));
        return out;
    }

    /** The name of the document's text chunks: the start of its searchable text's SHA-256. */
    private static String key(SearchDocument d) {
        return WordMemo.sha256(searchable(d)).substring(0, SearchIndexBuilder.TEXT_KEY_LENGTH);
    }

    private static String searchable(SearchDocument d) {
        return SearchText.searchable(d.docNumber(), d.title(), d.text());
    }

    private static SearchDocument doc(String id, String number, String title, String text) {
        return new SearchDocument(id, "docs/" + id + ".html", number, title, "2020-01-01", null, null, text);
    }
}
