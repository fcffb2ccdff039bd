package org.gongwen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Issue 7: pages forbid everything but the site's own files, originals never run, duplicate files get unique ids. */
class SiteSafetyTest {
    private static DocumentRecord record(String fileName, String sha, String docNumber) {
        SourceInfo source = new SourceInfo(fileName, sha, "txt", 10, 1, List.of());
        return DocumentRecord.builder("关于做好工作的通知", source).docNumber(docNumber).build();
    }

    @Test
    void everyPageStartsWithAStrictContentSecurityPolicy() {
        Document page = Jsoup.parse(new String(new Page("<script>alert(1)</script>", "../").bytes(),
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(page.head().child(1).attr("http-equiv")).isEqualTo("Content-Security-Policy");
        assertThat(page.head().child(1).attr("content")).startsWith("default-src 'none'; script-src 'self';")
                .doesNotContain("unsafe");
        assertThat(page.title()).isEqualTo("<script>alert(1)</script> - 公文档案");
        assertThat(page.select("head script")).isEmpty();
    }

    @Test
    void theNotFoundPageAllowsExactlyItsOwnInlineStylesheet() throws Exception {
        Document page = Jsoup.parse(new String(NotFoundPage.render().bytes(), java.nio.charset.StandardCharsets.UTF_8));
        String css = page.selectFirst("head style").data();
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(css.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("style-src 'self' 'sha256-" + hash + "';").doesNotContain("unsafe");
    }

    @Test
    void originalsABrowserWouldRunAreServedAsText() {
        assertThat(SiteDocuments.of("a", record("通知.html", "ab", null)).originalPath()).isEqualTo("files/a.html.txt");
        assertThat(SiteDocuments.of("a", record("图.SVG", "ab", null)).originalPath()).isEqualTo("files/a.svg.txt");
        assertThat(SiteDocuments.of("a", record("通知.pdf", "ab", null)).originalPath()).isEqualTo("files/a.pdf");
        assertThat(SiteDocuments.of("a", record("通知.txt", "ab", null)).originalShownAsText()).isFalse();
        assertThat(SiteDocuments.of("a", record("通知.htm", "ab", null)).originalShownAsText()).isTrue();
    }

    @Test
    void theSameFileThreeTimesGetsThreeIds() {
        DocumentRecord copy = record("通知.txt", "57d4329bbbb61aae", "云产改办〔2022〕16号");
        assertThat(DocumentIds.assign(List.of(copy, copy, copy)))
                .containsExactly("云产改办-2022-16号", "云产改办-2022-16号-57d4329bbbb6", "云产改办-2022-16号-57d4329bbbb6-2");
    }
}
