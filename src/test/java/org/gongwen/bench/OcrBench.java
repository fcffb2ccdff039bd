package org.gongwen.bench;

import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongwen.ingest.Hashes;
import org.gongwen.ingest.ocr.OcrMode;
import org.gongwen.ingest.ocr.OcrTextRepairer;
import org.gongwen.ingest.ocr.ScannedPageReader;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
import org.gongwen.model.SourceInfo;

/**
 * Driven by scripts/bench-ocr. {@code pipeline MODE PDF_DIR OUT_DIR}: OCRs every page of every image-only PDF with
 * our pipeline on all cores and writes OUT_DIR/NAME.raw.txt and NAME.txt (pages split by form feeds) and
 * OUT_DIR/timing.txt ({@code pages seconds}). {@code repair DIR}: re-applies the repair rules to DIR/NAME.raw.txt. {@code rapidocr-direct IMAGE_DIR...}: RapidOCR called directly on the
 * page images on all cores, without our pipeline, the reference for throughput; prints {@code pages seconds}.
 */
public final class OcrBench {
    private OcrBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("rapidocr-direct")) {
            direct(List.of(args).subList(1, args.length));
        } else if (args[0].equals("repair")) {
            repair(Path.of(args[1]));
        } else {
            pipeline(OcrMode.parse(args[1]), Path.of(args[2]), Path.of(args[3]));
        }
        System.exit(0);
    }

    private static void pipeline(OcrMode mode, Path pdfs, Path out) throws Exception {
        Files.createDirectories(out);
        ScannedPageReader reader = ScannedPageReader.builder().mode(mode).repair(false)
                .pageTimeoutSeconds(3600).build(); // measure quality, not the machine's load
        OcrTextRepairer repairer = new OcrTextRepairer();
        List<Path> files;
        try (Stream<Path> s = Files.list(pdfs)) {
            files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        // Throughput is a steady-state figure: one whole document first, so that the JIT has compiled the reading,
        // hOCR parsing and reading-order code and the models are loaded before the clock starts.
        // With -Dwarmup=all every document is read once first: the steady state of a long batch, where the JIT's
        // compiling (which competes with OCR for the cores) is over.
        List<Path> warmUp = "all".equals(System.getProperty("warmup")) ? files : files.subList(0, 1);
        for (Path pdf : warmUp) {
            reader.ocrPages(new SourceFile("warm.pdf", Files.readAllBytes(pdf)), allPages(pdf, Integer.MAX_VALUE));
        }
        // Documents side by side, as a build processes them: the reader's page pool stays busy between documents.
        ExecutorService documents = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<Integer>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (Path pdf : files) {
            done.add(documents.submit(() -> ocrOne(reader, repairer, pdf, out)));
        }
        int pages = 0;
        for (Future<Integer> f : done) {
            pages += f.get();
        }
        documents.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.writeString(out.resolve("timing.txt"), pages + " " + seconds + "\n");
    }

    private static int ocrOne(ScannedPageReader reader, OcrTextRepairer repairer, Path pdf, Path out)
            throws IOException {
        Extraction read = reader.ocrPages(new SourceFile(pdf.getFileName().toString(), Files.readAllBytes(pdf)),
                allPages(pdf, Integer.MAX_VALUE));
        List<String> raw = read.pages().stream().map(ExtractedPage::text).toList();
        String name = pdf.getFileName().toString().replace(".pdf", "");
        Files.writeString(out.resolve(name + ".raw.txt"), String.join("\f", raw));
        Files.writeString(out.resolve(name + ".txt"), String.join("\f", raw.stream().map(repairer::repair).toList()));
        read.problems().forEach(p -> System.err.println(name + ": " + p.message()));
        return read.pages().size();
    }

    /** Rewrites every NAME.txt from NAME.raw.txt with the current repair rules (no OCR needed). */
    private static void repair(Path dir) throws IOException {
        OcrTextRepairer repairer = new OcrTextRepairer();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path raw : s.filter(p -> p.toString().endsWith(".raw.txt")).toList()) {
                String[] pages = Files.readString(raw).split("\f", -1);
                List<String> fixed = java.util.Arrays.stream(pages).map(repairer::repair).toList();
                Files.writeString(Path.of(raw.toString().replace(".raw.txt", ".txt")), String.join("\f", fixed));
            }
        }
    }

    /** What an image-only PDF gives the PDF reader: every page without a text layer. */
    private static Extraction allPages(Path pdf, int limit) throws IOException {
        int count;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            count = Math.min(limit, doc.getNumberOfPages());
        }
        List<ExtractedPage> pages = new ArrayList<>();
        List<SourceInfo.PageOrigin> origins = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            pages.add(new ExtractedPage(i, "", "pdfbox", true, -1));
            origins.add(new SourceInfo.PageOrigin(i, "pdfbox", true, -1));
        }
        byte[] bytes = Files.readAllBytes(pdf);
        SourceInfo info = new SourceInfo(pdf.getFileName().toString(), Hashes.sha256(bytes), "pdf", bytes.length,
                count, origins);
        return new Extraction(info, pages, Map.of(), List.of());
    }

    private static void direct(List<String> images) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        InferenceEngine engine = InferenceEngine.getInstance(Model.ONNX_PPOCR_V4, new HardwareConfig(1, -1));
        ParamConfig params = ParamConfig.getDefaultConfig();
        params.setMaxSideLen(1024); // as PaddleOcrEngine.MAX_SIDE_LEN: the same engine settings on both sides
        engine.runOcr(images.get(0), params);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (String image : images) {
            futures.add(pool.submit(() -> engine.runOcr(image, params)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        System.out.println(images.size() + " " + (System.nanoTime() - start) / 1e9);
        pool.shutdown();
    }
}
