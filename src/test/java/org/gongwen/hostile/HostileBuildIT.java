package org.gongwen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when of issue 7: {@code gongwen build} over the hostile corpus (made by {@link HostileCorpus}: broken,
 * encrypted and 5,000-page PDFs, a 4 GB zip bomb, a 1 GB random ".pdf", GBK/UTF-16 text, script-laden HTML and
 * Markdown, hostile names, links and a pipe) in a child JVM with a 768 MB heap. Every good document is published
 * with its text, every bad one is reported with its reason, the JVM neither dies nor exceeds 1 GB of memory, no
 * document takes more than its time limit, nothing is written outside the output folder, and no page of the site
 * runs or loads anything from a document (checked in headless Chromium).
 */
class HostileBuildIT {
    private static final int TIME_LIMIT_SECONDS = 60;
    private static final long ONE_GB = 1L << 30;

    @TempDir
    static Path temp;

    private static Path corpus;
    private static Path out;
    private static BuildResult build;
    private static List<Expectation> expectations;

    record BuildResult(int exitCode, String stdout, String stderr, long peakRssBytes, double seconds) {
    }

    @BeforeAll
    static void buildTheHostileCorpus() throws Exception {
        corpus = temp.resolve("hostile-corpus");
        out = temp.resolve("output");
        expectations = HostileCorpus.write(corpus, HostileCorpus.Huge.RANDOM, 4_000_000_000L);
        build = runBuild();
    }

    private static BuildResult runBuild() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path timeFile = temp.resolve("time.txt");
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        if (gnuTime) {
            command.addAll(List.of("/usr/bin/time", "-f", "%M %e", "-o", timeFile.toString()));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.gongwen.cli.Main", "build", "--corpus", corpus.toString(), "--out", out.toString(),
                "--time-limit", String.valueOf(TIME_LIMIT_SECONDS)));
        Path stdout = temp.resolve("build.out");
        Path stderr = temp.resolve("build.err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        long peak = 0;
        while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, PeakMemory.ofTree(process.toHandle()));
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("the build did not finish within 10 minutes");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (gnuTime && Files.exists(timeFile)) {
            String[] fields = Files.readString(timeFile).trim().split("\\s+");
            peak = Math.max(peak, Long.parseLong(fields[fields.length - 2]) * 1024);
        }
        return new BuildResult(process.exitValue(), Files.readString(stdout), Files.readString(stderr), peak, seconds);
    }

    @Test
    void theBuildFinishesWithinOneGigabyteAndReportsFailuresInItsExitStatus() {
        System.out.printf("hostile build: exit %d, %.1f s, peak RSS %d MB%n%s%n", build.exitCode(), build.seconds(),
                build.peakRssBytes() >> 20, build.stdout());
        assertThat(build.stderr()).doesNotContain("OutOfMemoryError", "Exception in thread");
        assertThat(build.exitCode()).as("exit status with failed documents; stderr: %s", build.stderr()).isEqualTo(1);
        assertThat(build.peakRssBytes()).as("peak memory").isPositive().isLessThan(ONE_GB);
    }

    @Test
    void everyGoodDocumentIsPublishedWithItsTextAndEveryBadOneReportedWithItsReason() throws IOException {
        Map<String, JsonNode> files = reportedFiles();
        for (Expectation e : expectations) {
            JsonNode file = files.get(e.path());
            if (e.outcome().equals(Expectation.EITHER) && file == null) {
                continue;
            }
            assertThat(file).as("report entry for %s", e.path()).isNotNull();
            String outcome = file.path("outcome").asText();
            switch (e.outcome()) {
                case Expectation.PUBLISHED -> {
                    assertThat(outcome).as("outcome of %s: %s", e.path(), file).isEqualTo("published");
                    Path page = out.resolve("site").resolve(file.path("page").asText()).normalize();
                    assertThat(page).startsWith(out.resolve("site")).isRegularFile();
                    assertThat(Jsoup.parse(page.toFile(), "UTF-8").text()).as("text of %s", e.path()).contains(e.phrase());
                }
                case Expectation.FAILED -> {
                    assertThat(outcome).as("outcome of %s: %s", e.path(), file).isEqualTo("failed");
                    assertThat(file.path("reason").asText()).as("reason for %s", e.path()).isNotBlank()
                            .containsIgnoringCase(e.phrase());
                    assertThat(build.stdout()).as("summary line for %s", e.path())
                            .contains("failed: " + org.gongwen.pipeline.DisplayNames.quote(e.path()) + ": ");
                }
                default -> assertThat(outcome).isIn("published", "failed");
            }
        }
    }

    @Test
    void noDocumentTakesMoreThanItsTimeLimit() throws IOException {
        for (Map.Entry<String, JsonNode> file : reportedFiles().entrySet()) {
            assertThat(file.getValue().path("seconds").asDouble()).as("seconds for %s", file.getKey())
                    .isLessThan(TIME_LIMIT_SECONDS + 5);
        }
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolderAndNothingFromOutsideTheCorpusIsPublished() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("hostile-corpus", "hostile-corpus-outside",
                            "hostile-corpus" + HostileCorpus.MANIFEST_SUFFIX, "output", "build.out", "build.err",
                            "time.txt");
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(file.toRealPath()).startsWith(out.toRealPath());
                if (Files.size(file) < 50 << 20) {
                    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                            .as("content of %s", file).doesNotContain("SECRET-OUTSIDE");
                }
            }
        }
    }

    @Test
    void originalsAreNeverServedAsActiveContent() throws IOException {
        Path originals = out.resolve("site/files");
        try (Stream<Path> files = Files.walk(originals)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString().toLowerCase()))
                    .isNotEmpty()
                    .noneMatch(name -> name.matches(".*\\.(html?|xhtml|svg|xml|js|mjs|css|mht|mhtml)$"));
        }
    }

    @Test
    void noScriptFromADocumentRunsOnAnyPageOfTheSite() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(PageAudit.available(),
                "Debian chromium and chromium-driver (scripts/install-deps)");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out.resolve("site").toRealPath())) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        // every document page the build reports (duplicates share their document's page) is among those audited
        Path site = out.resolve("site").toRealPath();
        List<Path> reported = reportedFiles().values().stream().filter(f -> f.has("page"))
                .map(f -> site.resolve(f.path("page").asText()).normalize()).distinct().toList();
        assertThat(reported).isNotEmpty();
        assertThat(pages).containsAll(reported);
        Map<String, List<String>> findings = new HashMap<>();
        try (PageAudit audit = PageAudit.start()) {
            for (Path page : pages) {
                List<String> found = audit.audit(page);
                if (!found.isEmpty()) {
                    findings.put(out.relativize(page).toString(), found);
                }
            }
        }
        assertThat(findings).as("active content on %d pages", pages.size()).isEmpty();
    }

    private static Map<String, JsonNode> reportedFiles() throws IOException {
        JsonNode report = new ObjectMapper().readTree(out.resolve("build-report.json").toFile());
        Map<String, JsonNode> files = new HashMap<>();
        for (JsonNode file : report.path("files")) {
            files.put(file.path("path").asText(), file);
        }
        return files;
    }
}
