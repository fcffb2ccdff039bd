package org.gongwen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Register;
import org.gongwen.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site memo: a document file whose inputs did not change is kept from the live site (same inode, not rendered);
 * one whose inputs changed, even only a cited document's title or a new document it cites, is rendered again, with the
 * bytes a build without memo gives.
 */
class SiteMemoTest {
    @TempDir
    Path tmp;

    private static final SiteDocument CITING = SiteDocuments.of("citing", DocumentPageTest.citing());
    private static final SiteDocument CITED = SiteDocuments.of("cited", DocumentPageTest.cited());
    private static final SiteDocument OTHER = SiteDocuments.of("other", DocumentRecord.builder("另一份文件\n",
            new SourceInfo("c.txt", "ef".repeat(32), "txt", 10, 1, List.of())).title("另一份文件").build());

    /** Builds the site with the memo; returns how many document files were made (not kept). */
    private int build(Path site, List<SiteDocument> docs) {
        SiteWriter writer = new SiteWriter(site);
        SiteBuilder builder = new SiteBuilder(writer, "").remembering(tmp.resolve("memo.bin"), "v1");
        builder.build(docs, new Register(List.of()), Map.of());
        writer.commit();
        return builder.documentFilesMade();
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, "unix:ino").get("ino");
    }

    /** The same site built from scratch, without memo, for comparison. */
    private byte[] scratch(List<SiteDocument> docs, String path) throws IOException {
        Path site = Files.createTempDirectory(tmp, "scratch").resolve("site");
        SiteWriter writer = new SiteWriter(site);
        new SiteBuilder(writer, "").build(docs, new Register(List.of()), Map.of());
        writer.commit();
        return Files.readAllBytes(site.resolve(path));
    }

    @Test
    void unchangedInputsKeepTheLiveFiles() throws IOException {
        Path site = tmp.resolve("site");
        assertThat(build(site, List.of(CITING, CITED, OTHER))).isEqualTo(6);
        Object page = inode(site.resolve("docs/citing.html"));
        assertThat(build(site, List.of(CITING, CITED, OTHER))).isZero();
        assertThat(inode(site.resolve("docs/citing.html"))).isEqualTo(page);
    }

    @Test
    void aCitedDocumentsNewTitleRendersTheCitingPage() throws IOException {
        Path site = tmp.resolve("site");
        build(site, List.of(CITING, CITED, OTHER));
        Object other = inode(site.resolve("docs/other.html"));
        SiteDocument renamed = SiteDocuments.of("cited",
                CITED.record().toBuilder().title("关于普惠金融的新意见").build());
        List<SiteDocument> docs = List.of(CITING, renamed, OTHER);
        // the cited page and its Markdown, and the citing page (its 本文引用 list shows the title)
        assertThat(build(site, docs)).isEqualTo(3);
        assertThat(Files.readString(site.resolve("docs/citing.html"))).contains("关于普惠金融的新意见");
        assertThat(Files.readAllBytes(site.resolve("docs/citing.html"))).isEqualTo(scratch(docs, "docs/citing.html"));
        assertThat(inode(site.resolve("docs/other.html"))).isEqualTo(other);
    }

    @Test
    void aNewlyAddedCitedDocumentLinksTheCitingPage() throws IOException {
        Path site = tmp.resolve("site");
        build(site, List.of(CITING, OTHER));
        assertThat(Files.readString(site.resolve("docs/citing.html"))).doesNotContain("cited.html");
        List<SiteDocument> docs = List.of(CITING, CITED, OTHER);
        // the new page and Markdown; the citing page, whose 银发[2014]168号 lookup now resolves
        assertThat(build(site, docs)).isEqualTo(3);
        assertThat(Files.readString(site.resolve("docs/citing.html"))).contains("cited.html");
        for (String page : List.of("docs/citing.html", "docs/cited.html", "docs/other.html")) {
            assertThat(Files.readAllBytes(site.resolve(page))).as(page).isEqualTo(scratch(docs, page));
        }
    }

    @Test
    void aDamagedOrForeignMemoRendersEverything() throws IOException {
        Path site = tmp.resolve("site");
        build(site, List.of(CITING, CITED));
        Files.write(tmp.resolve("memo.bin"), new byte[] {1, 2, 3});
        assertThat(build(site, List.of(CITING, CITED))).isEqualTo(4);
        SiteWriter writer = new SiteWriter(site);
        SiteBuilder builder = new SiteBuilder(writer, "").remembering(tmp.resolve("memo.bin"), "v2");
        builder.build(List.of(CITING, CITED), new Register(List.of()), Map.of());
        assertThat(builder.documentFilesMade()).as("another tool version").isEqualTo(4);
    }

    @Test
    void aBuildThatDoesNotCommitLeavesNoMemo() throws IOException {
        Path site = tmp.resolve("site");
        build(site, List.of(CITING, CITED));
        SiteWriter writer = new SiteWriter(site);
        new SiteBuilder(writer, "").remembering(tmp.resolve("memo.bin"), "v1")
                .build(List.of(CITING, CITED), new Register(List.of()), Map.of());
        assertThat(tmp.resolve("memo.bin")).doesNotExist();
        assertThat(build(site, List.of(CITING, CITED))).isEqualTo(4);
    }

    @Test
    void aMissingLiveFileIsRendered() throws IOException {
        Path site = tmp.resolve("site");
        build(site, List.of(CITING, CITED));
        Files.delete(site.resolve("docs/cited.html"));
        assertThat(build(site, List.of(CITING, CITED))).isEqualTo(1);
        assertThat(Files.readAllBytes(site.resolve("docs/cited.html")))
                .isEqualTo(scratch(List.of(CITING, CITED), "docs/cited.html"));
    }
}
