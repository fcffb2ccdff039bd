package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe publishing, tested on real child processes: {@code kill -9} of a build at random moments always leaves the
 * previous site complete and loadable, and two builds started together never corrupt the output.
 */
class BuildSafetyIT {
    private static final int KILLS = 20;

    @TempDir
    static Path tmp;

    static Path corpus;

    @BeforeAll
    static void smallCorpus() throws IOException {
        corpus = tmp.resolve("corpus");
        String body = new String(Fixtures.bytes("yinfa-2015-40.txt"), StandardCharsets.UTF_8);
        for (int i = 1; i <= 8; i++) {
            write(corpus.resolve("doc-" + i + ".txt"), variant(body, i));
        }
        Fixtures.copy("yunnan-2022-16.txt", corpus, "yunnan.txt");
    }

    /** A distinct circular: its own 发文字号 and title, and a share of the fixture's body. */
    static String variant(String body, int i) {
        int from = (i * 997) % Math.max(1, body.length() / 2);
        return "中国人民银行文件\n银发〔2020〕" + i + "号\n中国人民银行关于第" + i + "批支付系统参与者监督管理事项的通知\n"
                + body.substring(from) + "\n第" + i + "项。\n";
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Process startBuild(Path out) throws IOException {
        return startBuild(out, out.resolveSibling(out.getFileName() + ".err"));
    }

    static Process startBuild(Path out, Path errors) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only and the serial collector: a short-lived build starts about twice as fast, so 20 kills fit a minute
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), "org.gongwen.cli.Main", "build", "--corpus", corpus.toString(),
                "--out", out.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(errors.toFile());
        return pb.start();
    }

    static int build(Path out) throws Exception {
        Process p = startBuild(out);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("build finishes").isTrue();
        return p.exitValue();
    }

    /** Every page linked from index.html exists and parses, and so does every file those pages link to. */
    static void assertCompleteSite(Path site) throws IOException {
        Path index = site.resolve("index.html");
        assertThat(index).as("index.html").isRegularFile();
        List<Path> pages = new ArrayList<>();
        for (Path target : localLinks(index)) {
            assertThat(target).as("linked from index.html").exists();
            if (target.toString().endsWith(".html")) {
                pages.add(target);
            }
        }
        assertThat(pages).as("pages linked from the home page").isNotEmpty();
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertThat(doc.title()).as("title of " + page).isNotBlank();
            for (Path target : localLinks(page)) {
                assertThat(target).as("linked from " + page).exists();
            }
        }
    }

    /** Every record written parses, and no temporary file is left among them. */
    static void assertRecordsParse(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("records"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(f.getFileName().toString()).endsWith(".json");
                assertThat(org.gongwen.json.RecordJson.read(Files.readString(f)).text()).isNotEmpty();
            }
        }
    }

    static List<Path> localLinks(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        List<Path> targets = new ArrayList<>();
        for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
            String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (ref.isEmpty() || ref.startsWith("#") || ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue;
            }
            String path = ref.replaceAll("[?#].*$", "");
            if (path.isEmpty()) {
                continue;
            }
            Path target = page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            targets.add(Files.isDirectory(target) ? target.resolve("index.html") : target);
        }
        return targets;
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void killingABuildAtAnyMomentLeavesTheLastCompleteSite() throws Exception {
        Path out = tmp.resolve("kill-output");
        assertThat(build(out)).isZero();
        String body = new String(Fixtures.bytes("yinfa-2015-40.txt"), StandardCharsets.UTF_8);
        write(corpus.resolve("new-first.txt"), variant(body, 99));
        long t0 = System.nanoTime();
        assertThat(build(out)).isZero();
        long full = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);   // an incremental build, like those killed
        assertCompleteSite(out.resolve("site"));
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int killedWhileRunning = 0;
        for (int run = 0; run < KILLS; run++) {
            write(corpus.resolve("new-" + run + ".txt"), variant(body, 100 + run));   // real work for every build
            Process p = startBuild(out);
            long delay = (long) (random.nextDouble() * full * 1.2);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                killedWhileRunning++;
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            assertCompleteSite(out.resolve("site"));
        }
        assertThat(killedWhileRunning).as("builds killed mid-way (seed " + seed + ")").isGreaterThanOrEqualTo(KILLS / 2);
        assertThat(build(out)).isZero();
        assertCompleteSite(out.resolve("site"));
        assertThat(names(out).stream().filter(n -> n.startsWith("site")).count()).as(names(out).toString())
                .isLessThanOrEqualTo(3);
        assertThat(names(out)).noneMatch(n -> n.startsWith(".site.link-") || n.endsWith(".staging"));
        assertRecordsParse(out);
    }

    @Test
    void twoBuildsAtOnceNeverCorruptTheOutput() throws Exception {
        Path out = tmp.resolve("concurrent-output");
        assertThat(build(out)).isZero();
        for (int round = 0; round < 2; round++) {
            write(corpus.resolve("concurrent-" + round + ".txt"), variant("并发构建测试正文。", 200 + round));
            Path[] errors = {tmp.resolve("a-" + round + ".err"), tmp.resolve("b-" + round + ".err")};
            Process[] builds = {startBuild(out, errors[0]), startBuild(out, errors[1])};
            for (int i = 0; i < 2; i++) {
                assertThat(builds[i].waitFor(120, TimeUnit.SECONDS)).isTrue();
                if (builds[i].exitValue() != 0) {
                    // the only acceptable failure: refused by the lock, with the message saying so
                    assertThat(Files.readString(errors[i])).contains("another gongwen build is running on");
                }
            }
            assertThat(List.of(builds[0].exitValue(), builds[1].exitValue())).as("one of them builds").contains(0);
            assertCompleteSite(out.resolve("site"));
            assertRecordsParse(out);
        }
        assertThat(build(out)).isZero();
        assertCompleteSite(out.resolve("site"));
        assertThat(new File(out.toFile(), "site/index.html")).exists();
    }
}
