package org.gongwen.site;

import org.gongwen.model.Register;
import org.gongwen.model.SourceInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongwen.publish.FieldDigest;

/**
 * Builds the static site: home, one page per document, browse pages, 发文字号 index, register, search page, Atom
 * feed, sitemap, 404 and the assets, all through one {@link SiteWriter}. The search index files are written by the
 * caller through the same writer. Output depends only on the inputs: no clock, no random ids, no hash-map order.
 *
 * <p>Example: {@code new SiteBuilder(writer, "").build(docs, register, Map.of("commitments.csv", csv))}, then
 * {@code writer.commit()}.
 */
public final class SiteBuilder {
    private static final List<String> ASSETS = List.of("style.css", "site.js", "register.js", "search.js",
            "search-ui.js");
    private final SiteWriter writer;
    private final String baseUrl;
    private SiteMemoFile memoFile;
    private int made = -1;

    /** @param baseUrl the public URL of the site root ending in {@code /} (for the feed and sitemap), or "" */
    public SiteBuilder(SiteWriter writer, String baseUrl) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("the base URL must end with /: " + baseUrl);
        }
    }

    /**
     * Writes only the document pages, Markdown files and copies whose inputs changed since the live site was built,
     * keeping the others unread, by the memo in {@code file} (saved when the writer commits); the output is the same.
     */
    public SiteBuilder remembering(Path file, String toolVersion) {
        this.memoFile = new SiteMemoFile(file, toolVersion);
        return this;
    }

    /**
     * Writes every page of the site for the documents and register; {@code downloads} maps the register's file names
     * to their bytes (as written to {@code output/register/}, in the order the register page links them).
     */
    public void build(List<SiteDocument> documents, Register register, Map<String, byte[]> downloads) {
        SiteMemo previous = memoFile == null ? SiteMemo.empty() : memoFile.take(baseUrl);
        SiteContext site = new SiteContext(documents, previous);
        MemoisedWriter memoised = new MemoisedWriter(writer, previous, site.next);
        List<String> pages = new ArrayList<>();
        page(pages, "index.html", HomePage.render(site, register));
        // document pages are independent: render them on all cores; each goes to its own path, so order is moot
        site.newestFirst.parallelStream().forEach(d -> {
            String record = site.recordHash(d.id());
            memoised.write(d.page(), DocumentPage.key(d, site), () -> DocumentPage.render(d, site).bytes());
            memoised.write("markdown/" + d.id() + ".md", new FieldDigest("markdown").add(d.id()).add(record).hex(),
                    d.markdown());
            if (d.original() != null && Files.isRegularFile(d.original())) {
                memoised.copy(d.originalPath(), d.original(), d.record().source().sha256());
            }
            List<SourceInfo> otherSources = d.record().otherSources();
            for (int k = 0; k < d.others().size(); k++) {
                if (Files.isRegularFile(d.others().get(k))) {
                    // the record's other sources are in the same order as the files (their names label the links)
                    String sha = otherSources.size() == d.others().size() ? otherSources.get(k).sha256() : null;
                    memoised.copy(d.otherPath(k), d.others().get(k), sha);
                }
            }
        });
        made = memoised.made();
        if (memoFile != null) {
            writer.afterCommit(() -> save(site.next));
        }
        site.newestFirst.forEach(d -> pages.add(d.page()));
        browse(pages, site);
        page(pages, "docnumbers.html", BrowsePages.docNumberIndex(site));
        List<String> links = new ArrayList<>();
        downloads.forEach((name, bytes) -> {
            writer.write("register/" + name, bytes);
            links.add("register/" + name);
        });
        page(pages, "register.html", RegisterPage.render(register, links));
        page(pages, "search.html", SearchPage.render());
        writer.write("404.html", NotFoundPage.render().bytes());
        writer.write("feed.xml", Feeds.atom(site, baseUrl));
        writer.write("sitemap.xml", Feeds.sitemap(pages, baseUrl));
        for (String asset : ASSETS) {
            writer.write("assets/" + asset, resource(asset));
        }
    }

    /** Document pages, Markdown files and copies made (not kept) by the last {@link #build}; -1 before. */
    public int documentFilesMade() {
        return made;
    }

    private void save(SiteMemo memo) {
        try {
            memoFile.write(memo, baseUrl);
        } catch (IOException e) {
            // the site is live already; without a memo the next build renders every page, which is only slower
        }
    }

    private void browse(List<String> pages, SiteContext site) {
        for (BrowsePages.Group g : BrowsePages.years(site)) {
            page(pages, g.page(), BrowsePages.page("年份", g));
        }
        for (BrowsePages.Group g : BrowsePages.issuers(site)) {
            page(pages, g.page(), BrowsePages.page("发文机关", g));
        }
        for (BrowsePages.Group g : BrowsePages.types(site)) {
            page(pages, g.page(), BrowsePages.page("文种", g));
        }
    }

    private void page(List<String> pages, String path, Page page) {
        writer.write(path, page.bytes());
        pages.add(path);
    }

    static byte[] resource(String name) {
        try (InputStream in = SiteBuilder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing site resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }
}
