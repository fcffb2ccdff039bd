package org.gongwen.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds are deterministic and incremental, skip non-documents and report failures. */
class BuildRunTest {
    private static final BuildRun.Listener QUIET = BuildRun.Listener.QUIET;

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("a.txt"), "关于加强金融服务的通知\n各单位：\n一、总体要求\n到2025年，普惠金融覆盖率达到90%。\n");
        Files.writeString(corpus.resolve("b.txt"), "关于做好技能人才培养工作的意见\n一、培养目标\n每年新增技能人才10万人。\n");
        Files.writeString(corpus.resolve("sub/c.txt"), "关于印发《安全生产办法》的通知\n现将办法印发给你们。\n");
        Files.writeString(corpus.resolve("a.txt.fix.yaml"), "docNumber: 银发〔2014〕168号\n");
        Files.writeString(corpus.resolve(".hidden.txt"), "不是文件");
        return corpus;
    }

    private BuildReport build(Path corpus, Path out) throws IOException {
        return new BuildRun(corpus, out, "", QUIET).run();
    }

    @Test
    void buildsEveryDocumentButSidecarsAndHiddenFiles() throws IOException {
        Path out = tmp.resolve("out");
        BuildReport report = build(corpus(), out);
        assertThat(report.documents()).isEqualTo(3);
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.extracted()).isEqualTo(3);
        assertThat(report.failures()).isEmpty();
        assertThat(out.resolve("records/a.txt.json")).isRegularFile();
        assertThat(out.resolve("records/sub/c.txt.json")).isRegularFile();
        assertThat(out.resolve("site/index.html")).isRegularFile();
        assertThat(out.resolve("site/search/index.js")).isRegularFile();
        try (Stream<Path> md = Files.list(out.resolve("markdown"))) {
            assertThat(md.count()).isEqualTo(3);
        }
        assertThat(out.resolve("site.staging")).doesNotExist();
    }

    @Test
    void twoBuildsGiveAByteIdenticalSiteAndTheSecondRewritesNothing() throws IOException {
        Path corpus = corpus();
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        build(corpus, first);
        build(corpus, second);
        assertThat(contents(second.resolve("site"))).isEqualTo(contents(first.resolve("site")));
        Map<String, Object> inodes = inodes(first.resolve("site"));
        BuildReport again = build(corpus, first);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.extracted()).isZero();
        assertThat(again.filesWritten()).isZero();
        assertThat(again.filesUnchanged()).as("up to date: not regenerated").isEqualTo(-1);
        assertThat(inodes(first.resolve("site"))).isEqualTo(inodes);
        Files.delete(first.resolve(".cache/published"));
        BuildReport regenerated = build(corpus, first);
        assertThat(regenerated.filesWritten()).isZero();
        assertThat(regenerated.filesUnchanged()).isEqualTo(inodes.size());
        assertThat(inodes(first.resolve("site"))).isEqualTo(inodes);
    }

    @Test
    void changingOneSourceRewritesOnlyWhatDependsOnIt() throws IOException {
        Path corpus = corpus();
        Path out = tmp.resolve("out");
        build(corpus, out);
        Map<String, Object> before = inodes(out.resolve("site"));
        Files.writeString(corpus.resolve("b.txt"), "关于做好技能人才培养工作的意见\n一、培养目标\n每年新增技能人才12万人。\n");
        BuildReport report = build(corpus, out);
        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(report.extracted()).isEqualTo(1);
        Map<String, Object> after = inodes(out.resolve("site"));
        List<String> rewritten = new ArrayList<>();
        after.forEach((path, inode) -> {
            if (!inode.equals(before.get(path))) {
                rewritten.add(path);
            }
        });
        assertThat(rewritten).isNotEmpty().allMatch(p -> !p.startsWith("docs/") || p.contains(docOf(out, "b.txt")));
        assertThat(rewritten).noneMatch(p -> p.startsWith("assets/") || p.startsWith("files/") && !p.contains(docOf(out, "b.txt")));
    }

    @Test
    void aDocumentThatCannotBeReadIsReportedAndTheOthersAreBuilt() throws IOException {
        Path corpus = corpus();
        Files.write(corpus.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));
        BuildReport report = build(corpus, tmp.resolve("out"));
        assertThat(report.documents()).isEqualTo(4);
        assertThat(report.failures()).extracting(BuildReport.Failure::path).containsExactly("broken.pdf");
        assertThat(report.failures().get(0).reason()).isNotBlank();
        assertThat(tmp.resolve("out/records/a.txt.json")).isRegularFile();
    }

    private static String docOf(Path out, String file) {
        try (Stream<Path> md = Files.list(out.resolve("markdown"))) {
            for (Path p : md.toList()) {
                if (Files.readString(p).contains("source: " + file)) {
                    String name = p.getFileName().toString();
                    return name.substring(0, name.length() - 3);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no markdown for " + file);
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return files;
    }

    /** Path → (inode, mtime): equal when the file was not rewritten. */
    private static Map<String, Object> inodes(Path dir) throws IOException {
        Map<String, Object> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                files.put(dir.relativize(p).toString().replace('\\', '/'), a.fileKey() + "@" + a.lastModifiedTime());
            }
        }
        return files;
    }
}
