package org.gongwen.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the hostile test corpus: damaged, locked, oversized, mis-encoded and script-laden files next to good
 * 公文 that must still be published, and {@code expected.tsv} saying what must happen to each (see
 * {@link Expectation}). Run by {@code scripts/make-hostile} and by the build's hostile-corpus integration test.
 *
 * <p>Usage: {@code HostileCorpus DIR [--huge random|sparse|none] [--bomb-mb N]}.
 */
public final class HostileCorpus {
    static final String FIXTURES = "/fixtures/hostile/";
    /** The manifest's name, written next to the corpus folder (inside it, it would be a document of the corpus). */
    public static final String MANIFEST_SUFFIX = ".expected.tsv";

    private final Path dir;
    private final List<Expectation> expectations = new ArrayList<>();

    private HostileCorpus(Path dir) {
        this.dir = dir;
    }

    /** How the 1 GB random ".pdf" is made: random bytes, a sparse file of the same size, or not at all. */
    public enum Huge { RANDOM, SPARSE, NONE }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "output/hostile-corpus");
        Huge huge = Huge.RANDOM;
        long bombBytes = 4_000_000_000L;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--huge" -> huge = Huge.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--bomb-mb" -> bombBytes = Long.parseLong(args[++i]) << 20;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Expectation> written = write(dir, huge, bombBytes);
        System.out.println("make-hostile: " + written.size() + " files in " + dir);
    }

    /** Writes the corpus into {@code dir} (created; existing files of the same names are replaced). */
    public static List<Expectation> write(Path dir, Huge huge, long bombBytes) throws IOException {
        Files.createDirectories(dir);
        HostileCorpus corpus = new HostileCorpus(dir);
        corpus.goodDocuments();
        corpus.hostileNames();
        corpus.brokenPdfs();
        corpus.otherBrokenFiles(huge, bombBytes);
        corpus.links();
        Expectation.writeManifest(manifest(dir), corpus.expectations);
        return List.copyOf(corpus.expectations);
    }

    /** Where the manifest of the corpus in {@code dir} is. */
    public static Path manifest(Path dir) {
        return dir.resolveSibling(dir.getFileName() + MANIFEST_SUFFIX);
    }

    private void goodDocuments() throws IOException {
        String sample = fixtureText("sample-yunchangaiban-2022-16.txt");
        String pbc = fixtureText("pbc-yinbanfa-2017-118.txt");
        put("good/云产改办〔2022〕16号.txt", sample, Expectation.published("产业工人队伍建设改革"));
        put("good/银办发〔2017〕118号.txt", pbc, Expectation.published("人民币跨境收付信息管理系统"));
        copyFixture("pbc-yinfa-2015-290.pdf", "good/银发〔2015〕290号.pdf", Expectation.published("人民币跨境支付系统"));
        encode("encoding/gbk-no-bom.txt", sample, Charset.forName("GBK"), Expectation.published("产业工人队伍建设改革"));
        encode("encoding/utf16le-no-bom.txt", pbc, StandardCharsets.UTF_16LE, Expectation.published("人民币跨境收付信息管理系统"));
        encode("encoding/utf16be-no-bom.txt", pbc, StandardCharsets.UTF_16BE, Expectation.published("人民币跨境收付信息管理系统"));
        byte[] docx = WordFiles.docx(paragraphs(pbc, 40));
        Files.write(path("good/银办发〔2017〕118号.docx"), docx);
        expect("good/银办发〔2017〕118号.docx", Expectation.published("人民币跨境收付信息管理系统"));
        Files.write(path("zip/docx-named-pdf.pdf"), docx);
        // a mislabelled file is read as what it is (with a misnamed-file warning), not lost
        expect("zip/docx-named-pdf.pdf", Expectation.published("人民币跨境收付信息管理系统"));
        Files.write(path("zip/truncated.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
        expect("zip/truncated.docx", Expectation.failed(""));
        List<String> paragraphs = paragraphs(pbc, 12);
        put("html/银办发〔2017〕118号.html", HostileHtml.page(paragraphs), Expectation.published("人民币跨境收付信息管理系统"));
        put("html/通知.md", HostileHtml.markdown(paragraphs), Expectation.published("人民币跨境收付信息管理系统"));
        put("html/payload-in-text.txt", HostileHtml.text(paragraphs), Expectation.published("人民币跨境收付信息管理系统"));
    }

    private void hostileNames() throws IOException {
        String text = String.join("\n", paragraphs(fixtureText("sample-yunchangaiban-2022-16.txt"), 8));
        // 83 Han characters (249 bytes of UTF-8) and "ab.txt": exactly the usual 255-byte limit of a file name, so
        // any output name made by adding to it (".json", ".html") is too long
        String long_ = "关于印发云南省产业工人队伍建设改革工作专题研修班讲话的通知".repeat(3).substring(0, 83) + "ab";
        int copy = 0;
        for (String name : List.of("名称..\\..\\outside.txt", "名称..%2F..%2Foutside.txt", "\"引号\" '单引号'.txt",
                "<img src=x onerror=alert('xss-50')>.txt", "a&b <c> & d.txt", " leading and trailing space .txt",
                "-n --help.txt", "#hash?query=1%20.txt", "CON.txt", "换行\n名称.txt", "tab\t名称.txt", long_ + ".txt")) {
            // each copy differs, so that no build may merge them as one document
            put("names/" + name, text + "\n（第" + ++copy + "份）\n", Expectation.published("产业工人"));
        }
        // names starting with a dot are hidden files, which a build may skip
        put("names/..\\..\\hidden.txt", text, Expectation.either());
        // a 发文字号 and title that would climb out of the output folder if they were used as a path
        put("names/traversal-in-content.txt", "../../../../tmp/pwned〔2024〕1号\n关于../../../etc/passwd的通知\n"
                + text, Expectation.published("产业工人"));
    }

    private void brokenPdfs() throws IOException {
        byte[] good = fixture("pbc-yinfa-2015-290.pdf");
        HostilePdfs.truncated(good, 0.6, path("pdf/truncated-60-percent.pdf"));
        expect("pdf/truncated-60-percent.pdf", Expectation.either());
        HostilePdfs.truncated(good, 1024.0 / good.length, path("pdf/truncated-1k.pdf"));
        expect("pdf/truncated-1k.pdf", Expectation.failed(""));
        HostilePdfs.bitFlipped(good, 40, 7, path("pdf/bit-flipped.pdf"));
        expect("pdf/bit-flipped.pdf", Expectation.either());
        HostilePdfs.encrypted(good, "user-secret", path("pdf/encrypted-user-password.pdf"));
        expect("pdf/encrypted-user-password.pdf", Expectation.failed("password required"));
        HostilePdfs.encrypted(good, "", path("pdf/encrypted-owner-password-only.pdf"));
        expect("pdf/encrypted-owner-password-only.pdf", Expectation.published("人民币跨境支付系统"));
        HostilePdfs.blankPages(5000, path("pdf/blank-5000-pages.pdf"));
        expect("pdf/blank-5000-pages.pdf", Expectation.failed(""));
        Files.write(path("pdf/empty.pdf"), new byte[0]);
        expect("pdf/empty.pdf", Expectation.failed("empty"));
        Files.write(path("pdf/random-4k.pdf"), randomBytes(4096, 11));
        expect("pdf/random-4k.pdf", Expectation.failed("not a pdf"));
    }

    private void otherBrokenFiles(Huge huge, long bombBytes) throws IOException {
        ZipBomb.write(path("zip/zip-bomb.docx"), bombBytes);
        expect("zip/zip-bomb.docx", Expectation.failed("zip bomb"));
        Files.write(path("zip/setup.exe"), randomBytes(2048, 13));
        expect("zip/setup.exe", Expectation.failed("no reader"));
        if (huge != Huge.NONE) {
            hugeFile(path("huge/random-1gb.pdf"), 1L << 30, huge == Huge.RANDOM);
            expect("huge/random-1gb.pdf", Expectation.failed("size limit"));
        }
    }

    private void links() throws IOException {
        Path outsideDir = dir.resolveSibling(dir.getFileName() + "-outside");
        Path secret = Files.writeString(Files.createDirectories(outsideDir).resolve("secret.txt"),
                "国务院办公厅关于不应发布文件的通知\nSECRET-OUTSIDE 此文件在语料库之外，绝不能出现在网站上。\n");
        link("links/outside-link.txt", secret);
        expect("links/outside-link.txt", Expectation.failed("outside the corpus"));
        link("links/outside-dir", outsideDir);
        link("links/loop", Path.of("."));
        link("links/inside-link.txt", Path.of("../good/云产改办〔2022〕16号.txt"));
        expect("links/inside-link.txt", Expectation.either()); // a second name for a published document
        Path fifo = dir.resolve("links/pipe.txt");
        Files.deleteIfExists(fifo);
        try {
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                expect("links/pipe.txt", Expectation.failed("not a regular file"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void link(String relative, Path target) throws IOException {
        Path link = path(relative);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    private void put(String relative, String text, Expectation expectation) throws IOException {
        Files.writeString(path(relative), text, StandardCharsets.UTF_8);
        expect(relative, expectation);
    }

    private void encode(String relative, String text, Charset charset, Expectation expectation) throws IOException {
        try {
            Files.write(path(relative), charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text)).array());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("fixture text not representable in " + charset, e);
        }
        expect(relative, expectation);
    }

    private void copyFixture(String fixture, String relative, Expectation expectation) throws IOException {
        Files.write(path(relative), fixture(fixture));
        expect(relative, expectation);
    }

    private void expect(String relative, Expectation expectation) {
        expectations.add(expectation.at(relative));
    }

    private Path path(String relative) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        return path;
    }

    private static void hugeFile(Path target, long size, boolean random) throws IOException {
        if (!random) {
            try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
                file.setLength(size);
            }
            return;
        }
        SplittableRandom generator = new SplittableRandom(1);
        byte[] chunk = new byte[8 << 20];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (long written = 0; written < size; written += chunk.length) {
                generator.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
        }
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    /** The first {@code max} non-blank lines of a text. */
    static List<String> paragraphs(String text, int max) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(max).toList();
    }

    static String fixtureText(String name) {
        return new String(fixture(name), StandardCharsets.UTF_8);
    }

    static byte[] fixture(String name) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(FIXTURES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + FIXTURES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
