package org.gongwen.site;

import org.gongwen.model.DocumentRecord;
import org.gongwen.search.SampleBuild;
import org.gongwen.search.SearchIndex;
import org.gongwen.search.SearchQueries;
import org.gongwen.search.SearchText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built site in real headless Chromium, opened from {@code file://}: search, the sample document's page, the
 * register, no JavaScript errors, and the browser runtime agreeing with the Java one on every test query.
 */
class SiteBrowserIT {
    static final String SAMPLE_FILE = "000_094778415718fb40.txt";
    private static ChromeDriver driver;
    private static Path site;
    private static String sampleId;

    @BeforeAll
    static void start() throws Exception {
        site = SampleBuild.out().resolve("site").toAbsolutePath();
        List<DocumentRecord> records = SampleBuild.records();
        List<String> ids = DocumentIds.assign(records);
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).source().fileName().equals(SAMPLE_FILE)) {
                sampleId = ids.get(i);
            }
        }
        assertThat(sampleId).as("the sample document was built").isNotNull();
        driver = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(String page) {
        driver.get(site.resolve(page).toUri().toString().replace("%3F", "?"));
    }

    private static List<WebElement> waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        return driver.findElements(By.cssSelector(css));
    }

    @Test
    void searchForSkilledTalentListsTheSampleFirstWithAHighlightedSnippet() {
        driver.get(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode("技能人才", StandardCharsets.UTF_8));
        WebElement first = waitFor("#search-results li").get(0);
        assertThat(first.findElement(By.tagName("a")).getAttribute("href")).endsWith("docs/"
                + URLEncoder.encode(sampleId, StandardCharsets.UTF_8).replace("+", "%20") + ".html");
        List<WebElement> marks = first.findElements(By.cssSelector(".snippet mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getText()).isEqualTo("技能人才");
        assertThat(driver.findElement(By.id("search-status")).getText()).contains("技能人才");
    }

    @Test
    void aDocNumberInAnyVariantFindsItsDocument() {
        driver.get(site.resolve("search.html").toUri() + "?q="
                + URLEncoder.encode("银发[2015]264号", StandardCharsets.UTF_8));
        List<WebElement> results = waitFor("#search-results li");
        assertThat(results.get(0).findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("银发(2015)264号");
    }

    @Test
    void theSampleDocumentPageShowsItsMetadataAndHeadings() {
        open("docs/" + sampleId + ".html");
        Map<String, String> meta = new java.util.HashMap<>();
        for (WebElement row : driver.findElements(By.cssSelector("table.meta tr"))) {
            meta.put(row.findElement(By.tagName("th")).getText(), row.findElement(By.tagName("td")).getText());
        }
        assertThat(meta).as("metadata table of the sample (needs the structure stage's docNumber, title, date)")
                .containsEntry("发文字号", "云产改办〔2022〕16号").containsEntry("成文日期", "2022-11-21");
        assertThat(driver.findElement(By.cssSelector("h1.doc-title")).getText())
                .isEqualTo("关于印发王树芬同志在云南省产业工人队伍建设改革工作专题研修班上的讲话的通知");
        List<WebElement> headings = driver.findElements(By.cssSelector(".doc-body h2[id], .doc-body h3[id]"));
        assertThat(headings).as("the speech's headings, each with an anchor").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theRegisterListsTheSamplesTwelveTargets() {
        open("register.html");
        List<WebElement> rows = driver.findElements(By.cssSelector(
                "#register tbody tr[data-doc='云产改办〔2022〕16号'][data-kind='目标']"));
        assertThat(rows).as("register rows of kind 目标 from 云产改办〔2022〕16号 (needs the structure and register stages)")
                .hasSize(12);
    }

    @Test
    void pagesLoadWithoutJavaScriptErrors() {
        driver.manage().logs().get(LogType.BROWSER);
        for (String page : List.of("index.html", "docs/" + sampleId + ".html", "register.html", "docnumbers.html",
                "search.html", "404.html")) {
            open(page);
        }
        driver.get(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode("金融 支付", StandardCharsets.UTF_8));
        waitFor("#search-results li");
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().contains("404.html")) {
                errors.add(e.getMessage());
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theBrowserRuntimeFindsExactlyWhatTheJavaRuntimeFinds() {
        open("search.html");
        waitFor("#search-status");
        SearchIndex index = SearchIndex.open(site);
        for (String query : SearchQueries.all()) {
            List<Long> expected = index.search(query).stream().map(r -> (long) r.doc()).toList();
            assertThat(browserResults(query)).as(query).isEqualTo(expected);
        }
    }

    /** The documents the open page's search runtime finds for the query, best first (or the error it gave). */
    private static Object browserResults(String query) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "gongwenSearchApi.search(arguments[0]).then(function (o) {"
                        + " done(o.results.map(function (r) { return r.doc; })); },"
                        + " function (e) { done('error: ' + e.message); });", query);
    }

    @Test
    void theBrowserShowsTheSnippetsTheJavaRuntimeShows() {
        open("search.html");
        waitFor("#search-status");
        SearchIndex index = SearchIndex.open(site);
        for (String query : SearchQueries.all()) {
            List<String> expected = index.search(query).stream().limit(10).map(SearchIndex.Result::snippet).toList();
            Object got = ((JavascriptExecutor) driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "gongwenSearchApi.search(arguments[0]).then(function (o) {"
                            + " return Promise.all(o.results.slice(0, 10).map(function (r) {"
                            + "  return gongwenSearchApi.details(o.index, r, o.terms[0].length); })); })"
                            + ".then(function (infos) { done(infos.map(function (i) { return i.snippet; })); },"
                            + " function (e) { done('error: ' + e.message); });", query);
            assertThat(got).as(query).isEqualTo(expected);
        }
    }

    /**
     * A site whose search index has a delta segment (four documents ingested after the build; one of them the sample
     * circular): the browser runtime merges the segments as the Java one does, on every test query.
     */
    @Test
    void theBrowserSearchesAnIndexWithADeltaSegmentAsJavaDoes() throws Exception {
        Path tmp = Files.createTempDirectory("gongwen-segmented");
        Path corpus = tmp.resolve("corpus");
        List<Path> held = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SampleBuild.CORPUS)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path target = corpus.resolve(SampleBuild.CORPUS.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
                if (f.getFileName().toString().equals(SAMPLE_FILE) || f.toString().endsWith("_000004_000.txt")) {
                    held.add(Files.move(target, tmp.resolve(target.getFileName())));
                }
            }
        }
        Path out = tmp.resolve("out");
        assertThat(org.gongwen.cli.Main.run("build", "--corpus", corpus.toString(), "--out", out.toString())).isZero();
        List<String> ingest = new ArrayList<>(List.of("ingest", "--corpus", corpus.toString(), "--out",
                out.toString()));
        held.forEach(f -> ingest.add(f.toString()));
        assertThat(held).hasSize(4);
        assertThat(org.gongwen.cli.Main.run(ingest.toArray(String[]::new))).isZero();
        Path segmented = out.resolve("site").toRealPath();
        assertThat(segmented.resolve("search/d")).isDirectory();

        driver.get(segmented.resolve("search.html").toUri().toString());
        waitFor("#search-status");
        SearchIndex index = SearchIndex.open(segmented);
        assertThat(index.search("产业工人")).isNotEmpty();
        for (String query : SearchQueries.all()) {
            List<Long> expected = index.search(query).stream().map(r -> (long) r.doc()).toList();
            assertThat(browserResults(query)).as(query).isEqualTo(expected);
        }
    }

    @Test
    void theBrowserNormalisesLikeJava() {
        open("search.html");
        waitFor("#search-status");
        for (String s : List.of("银发（2014）168 号", "银发[2014]168号", "ＡＢＣ　１２３", "Ⅻ ﬁ ㈠", "a\u200bb\u00a0c",
                "〔2022〕【】〖〗", "ΣΑΣ İ", "全角，标点；")) {
            Object got = ((JavascriptExecutor) driver).executeScript(
                    "return gongwenSearchApi.normalize(arguments[0]);", s);
            assertThat(got).as(s).isEqualTo(SearchText.normalize(s));
        }
    }
}
