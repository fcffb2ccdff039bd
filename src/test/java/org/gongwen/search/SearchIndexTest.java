package org.gongwen.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java runtime over a small hand-built index: phrase exactness, fields, ranking, variants, AND. */
class SearchIndexTest {
    @TempDir
    static Path site;
    private static SearchIndex index;

    @org.junit.jupiter.api.BeforeAll
    static void build() throws IOException {
        List<SearchDocument> docs = List.of(
                doc("a", "银发〔2014〕168号", "关于营商环境的通知", "2014-05-01", "正文提到发文机关和营商环境。"),
                doc("b", null, "关于金融的意见", "2020-01-01", "营商 环境分开写；发文 机关。营商环境。"),
                doc("c", null, "营商环境优化办法", "2019-01-01", "全文不再重复。"),
                doc("d", null, "关于环境的通知", "2021-01-01", "营商和环境在两处，不连续：营商，环境。"),
                doc("e", null, "其他", "2022-01-01", "正文营商环境。"));
        for (Map.Entry<String, byte[]> f : new SearchIndexBuilder().build(docs).entrySet()) {
            Path p = site.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        index = SearchIndex.open(site);
    }

    private static SearchDocument doc(String id, String number, String title, String date, String text) {
        return new SearchDocument(id, "docs/" + id + ".html", number, title, date, null, null, text);
    }

    private static List<String> urls(String query) {
        return index.search(query).stream().map(SearchIndex.Result::url).toList();
    }

    @Test
    void aPhraseMatchesOnlyWhereItsCharactersAreContiguous() {
        assertThat(urls("营商环境")).containsExactlyInAnyOrder("docs/a.html", "docs/b.html", "docs/c.html",
                "docs/e.html");
        assertThat(urls("发文机关")).containsExactly("docs/b.html", "docs/a.html");
    }

    @Test
    void titleHitsRankAboveBodyHitsAndNewerFirstOnTies() {
        List<SearchIndex.Result> results = index.search("营商环境");
        assertThat(results.subList(0, 2)).extracting(SearchIndex.Result::url)
                .containsExactly("docs/a.html", "docs/c.html");
        assertThat(results.get(1).score()).isGreaterThanOrEqualTo(100);
        assertThat(results.get(2).score()).isLessThan(100);
        // same score (one body hit in documents of similar length): the newer document first
        assertThat(urls("发文")).containsExactly("docs/b.html", "docs/a.html");
    }

    @Test
    void aDocNumberMatchesInAnyVariantAndRanksFirst() {
        assertThat(urls("银发[2014]168号")).containsExactly("docs/a.html");
        assertThat(urls("银发（2014）168 号")).containsExactly("docs/a.html");
        assertThat(index.search("银发〔2014〕168号").get(0).score()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void severalWordsMeanAllOfThem() {
        assertThat(urls("营商 不连续")).containsExactly("docs/d.html");
        assertThat(urls("营商环境 正文")).containsExactly("docs/a.html", "docs/e.html");
    }

    @Test
    void oneCharacterQueriesAndSnippets() {
        assertThat(urls("融")).containsExactly("docs/b.html");
        assertThat(index.search("不连续").get(0).snippet()).contains("不连续");
        assertThat(urls("")).isEmpty();
        assertThat(urls("不存在")).isEmpty();
    }

    @Test
    void aHitNeverSpansTwoFields() {
        // "通知" ends the title of a and "正文" starts its body: "通知正文" is in no field
        assertThat(urls("通知正文")).isEmpty();
    }
}
