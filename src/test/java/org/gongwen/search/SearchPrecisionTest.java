package org.gongwen.search;

import org.gongwen.model.DocumentRecord;
import org.gongwen.site.DocumentIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall 1.0: for every query, the search results (Java runtime, same semantics as search.js) are
 * exactly the documents whose text, 发文字号 or title contains every term, by a plain substring scan of the records
 * (both sides normalised the same way).
 */
class SearchPrecisionTest {
    private static SearchIndex index;
    private static List<DocumentRecord> records;
    private static List<String> ids;

    @BeforeAll
    static void build() throws IOException {
        index = SearchIndex.open(SampleBuild.out().resolve("site"));
        records = SampleBuild.records();
        ids = DocumentIds.assign(records);
    }

    static List<String> queries() {
        return SearchQueries.all();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void resultsAreExactlyTheDocumentsContainingTheQuery(String query) {
        Set<String> found = index.search(query).stream().map(SearchIndex.Result::url)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).isEqualTo(truth(query));
    }

    @org.junit.jupiter.api.Test
    void theQueryListIsLargeAndMostQueriesFindSomething() {
        long nonEmpty = queries().stream().filter(q -> !truth(q).isEmpty()).count();
        assertThat(queries()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(nonEmpty).isGreaterThanOrEqualTo(45);
    }

    /** Documents containing every whitespace-separated term: a substring scan over the records. */
    static Set<String> truth(String query) {
        List<String> terms = List.of(query.trim().split("[\\s\\u3000]+"));
        Set<String> urls = new TreeSet<>();
        for (int i = 0; i < records.size(); i++) {
            DocumentRecord r = records.get(i);
            String haystack = SearchText.normalize(r.text()) + "\u0001" + SearchText.normalize(nz(r.docNumber()))
                    + "\u0001" + SearchText.normalize(nz(r.title()));
            if (terms.stream().map(SearchText::normalize).allMatch(haystack::contains)) {
                urls.add("docs/" + ids.get(i) + ".html");
            }
        }
        return urls;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
