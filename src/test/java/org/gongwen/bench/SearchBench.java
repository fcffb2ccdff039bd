package org.gongwen.bench;

import org.gongwen.json.RecordJson;
import org.gongwen.model.DocumentRecord;
import org.gongwen.search.SearchQueries;
import org.gongwen.search.SearchText;
import org.gongwen.site.DocumentIds;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Query-side figures of {@code scripts/bench-search}: for gongwen's index and Pagefind's, served over http from the
 * same site, bytes loaded by a first and a second query (search + the top 20 results' display data), latency, and
 * precision/recall against a substring scan of the records. Args: site URL root, output folder of the build.
 */
public final class SearchBench {
    private static final String FIRST = "技能人才";
    private static final String SECOND = "营商环境";

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        String root = args[0];
        Map<String, Set<String>> truth = truth(Path.of(args[1]));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        try {
            report("gongwen", driver, root + "gw-bench.html", GONGWEN, truth);
            report("pagefind", driver, root + "pf-bench.html", PAGEFIND, truth);
        } finally {
            driver.quit();
        }
    }

    /** Runs one query and shows the top 20; resolves to {ms, urls (all results)}. */
    static final String GONGWEN = """
            var q = arguments[0], all = arguments[1], done = arguments[arguments.length - 1], t0 = performance.now();
            var api = window.gongwenSearchApi;
            api.search(q).then(function (o) {
              var shown = all ? o.results : o.results.slice(0, 20), length = o.terms[0] ? o.terms[0].length : 0;
              return Promise.all(shown.map(function (r) { return api.details(o.index, r, length); }))
                .then(function (infos) { done({ms: performance.now() - t0, count: o.results.length,
                  urls: infos.map(function (i) { return i.url; })}); });
            }).catch(function (e) { done({error: String(e)}); });
            """;
    static final String PAGEFIND = """
            var q = arguments[0], all = arguments[1], done = arguments[arguments.length - 1], t0 = performance.now();
            (window.pf ? Promise.resolve(window.pf) : import('/pagefind/pagefind.js').then(function (m) {
              window.pf = m; return m.init().then(function () { return m; }); })).then(function (pf) {
              return pf.search(q).then(function (r) {
                var shown = all ? r.results : r.results.slice(0, 20);
                return Promise.all(shown.map(function (x) { return x.data(); })).then(function (data) {
                  done({ms: performance.now() - t0, count: r.results.length,
                    urls: data.map(function (d) { return d.url; })}); });
              });
            }).catch(function (e) { done({error: String(e)}); });
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(ChromeDriver driver, String script, String query, boolean all) {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(script, query, all);
        Map<String, Object> map = (Map<String, Object>) result;
        if (map.containsKey("error")) {
            throw new IllegalStateException(query + ": " + map.get("error"));
        }
        return map;
    }

    /** A request the bench script finds in the server log, to split the log into phases. */
    private static void mark(ChromeDriver driver, String label) {
        ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/__mark__/' + arguments[0], {cache: 'no-store'}).then(function () { done(); }, function () { done(); });",
                label);
    }

    /** Bytes of the page's own resource timing (misses what a Web Worker fetches: see the server-side count). */
    private static long bytes(ChromeDriver driver) {
        Object n = ((JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return /\\/(search|pagefind)\\//.test(e.name) || /assets\\/search/.test(e.name); })"
                + ".reduce(function (s, e) { return s + (e.encodedBodySize || e.transferSize || 0); }, 0);");
        return ((Number) n).longValue();
    }

    @SuppressWarnings("unchecked")
    private static void report(String name, ChromeDriver driver, String page, String script,
                               Map<String, Set<String>> truth) {
        driver.get(page);
        mark(driver, name + "-start");
        long before = bytes(driver);
        Map<String, Object> first = run(driver, script, FIRST, false);
        long afterFirst = bytes(driver);
        mark(driver, name + "-first");
        Map<String, Object> second = run(driver, script, SECOND, false);
        long afterSecond = bytes(driver);
        mark(driver, name + "-second");
        System.out.printf("%s: first query %s: %d bytes seen by the page, %.0f ms, %s results; second query %s: %d bytes, %.0f ms%n",
                name, FIRST, afterFirst - before, num(first.get("ms")), first.get("count"), SECOND,
                afterSecond - afterFirst, num(second.get("ms")));
        double precisionSum = 0;
        double recallSum = 0;
        int exact = 0;
        List<String> worst = new ArrayList<>();
        for (Map.Entry<String, Set<String>> t : truth.entrySet()) {
            Map<String, Object> r = run(driver, script, t.getKey(), true);
            Set<String> found = new HashSet<>();
            for (Object u : (List<Object>) r.get("urls")) {
                found.add(URLDecoder.decode(String.valueOf(u), StandardCharsets.UTF_8).replaceFirst("^/", ""));
            }
            Set<String> hit = new HashSet<>(found);
            hit.retainAll(t.getValue());
            double p = found.isEmpty() ? (t.getValue().isEmpty() ? 1 : 0) : (double) hit.size() / found.size();
            double rc = t.getValue().isEmpty() ? 1 : (double) hit.size() / t.getValue().size();
            precisionSum += p;
            recallSum += rc;
            if (found.equals(t.getValue())) {
                exact++;
            } else if (worst.size() < 8) {
                worst.add(t.getKey() + " (" + found.size() + " found, " + hit.size() + " right, "
                        + t.getValue().size() + " true)");
            }
        }
        System.out.printf("%s: %d queries: mean precision %.3f, mean recall %.3f, exact result set %d/%d%n", name,
                truth.size(), precisionSum / truth.size(), recallSum / truth.size(), exact, truth.size());
        if (!worst.isEmpty()) {
            System.out.println(name + ": e.g. " + String.join("; ", worst));
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    /** Query → pages (docs/<id>.html) whose normalised text, 发文字号 or title contains every term. */
    static Map<String, Set<String>> truth(Path out) throws Exception {
        List<DocumentRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out.resolve("records"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                records.add(RecordJson.read(Files.readString(f)));
            }
        }
        List<String> ids = DocumentIds.assign(records);
        Map<String, Set<String>> truth = new java.util.LinkedHashMap<>();
        for (String q : SearchQueries.all()) {
            Set<String> pages = new HashSet<>();
            for (int i = 0; i < records.size(); i++) {
                DocumentRecord r = records.get(i);
                String hay = SearchText.normalize(r.text()) + "\u0001" + SearchText.normalize(nz(r.docNumber()))
                        + "\u0001" + SearchText.normalize(nz(r.title()));
                if (List.of(q.trim().split("[\\s\\u3000]+")).stream().map(SearchText::normalize)
                        .allMatch(hay::contains)) {
                    pages.add("docs/" + ids.get(i) + ".html");
                }
            }
            truth.put(q, pages);
        }
        return truth;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
