package org.gongwen.ingest.ocr;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * PaddleOCR PP-OCRv4 (detection, angle classification, recognition) run by RapidOCR's ONNX runtime, which ships with
 * its models inside the Maven jars. RapidOCR keeps one native model per process; each worker thread calls it with
 * one intra-op thread, so N workers keep N cores busy (concurrent calls were checked to give identical results).
 */
final class PaddleOcrEngine implements OcrEngine {
    private final InferenceEngine engine;
    private final ParamConfig params = ParamConfig.getDefaultConfig();

    private static final Object LOADING = new Object();
    private static boolean loaded;

    /** Loads the native library and the models; throws (LinkageError, LoadException …) when they cannot load. */
    PaddleOcrEngine() throws IOException {
        synchronized (LOADING) {
            // getInstance is an unsynchronised lazy singleton: two workers starting together could make two engines
            this.engine = InferenceEngine.getInstance(Model.ONNX_PPOCR_V4, new HardwareConfig(1, -1));
        }
        loadOnce(engine);
        // Detection runs on the page scaled to this longest side (text boxes are cut from the full-size page for
        // recognition). RapidOCR's default, 0, detects at full size: an A4 page at 300 dpi then takes about 2.5 GB
        // of native memory, whatever the Java heap limit says (issue 7: peak memory of a build under 1 GB).
        params.setMaxSideLen(Integer.getInteger("gongwen.ocr.maxSideLen", MAX_SIDE_LEN));
    }

    /**
     * RapidOCR loads its native library and models lazily, inside the first {@code runOcr}, and that first load is
     * not thread-safe: a second thread arriving while the first loads fails with a NullPointerException on
     * {@code InferenceEngine.nativeLoader} (seen here with two workers). So the first engine made in the process
     * reads a small blank page alone, under a lock; this also makes a missing native library show up as soon as the
     * engine is made, where {@link EngineFactory} reports it, instead of on every page.
     */
    private static void loadOnce(InferenceEngine engine) throws IOException {
        synchronized (LOADING) {
            if (loaded) {
                return;
            }
            String noisy = NativeStdout.silence();
            if (noisy != null) {
                System.err.println("gongwen: RapidOCR's own messages may appear on standard output: " + noisy);
            }
            Path blank = Files.createTempFile("gongwen-ocr-load-", ".png");
            try {
                BufferedImage white = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
                java.awt.Graphics2D g = white.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, 64, 64);
                g.dispose();
                ImageIO.write(white, "png", blank.toFile());
                engine.runOcr(blank.toString(), ParamConfig.getDefaultConfig());
                loaded = true;
            } finally {
                Files.deleteIfExists(blank);
            }
        }
    }

    /** The longest side detection runs at, as in RapidOCR's and PaddleOCR's own examples (960–1024). */
    static final int MAX_SIDE_LEN = 1024;

    @Override
    public String name() {
        return "paddle";
    }

    @Override
    public List<OcrLine> recognize(PageImage page) throws IOException {
        // RapidOCR reads images from a path only.
        Path image = Files.createTempFile("gongwen-ocr-", page.suffix());
        try {
            Files.write(image, page.bytes());
            OcrResult result = engine.runOcr(image.toString(), params);
            List<OcrLine> lines = new ArrayList<>();
            for (TextBlock block : result.getTextBlocks()) {
                if (!block.getText().isBlank()) {
                    lines.add(toLine(block));
                }
            }
            return lines;
        } finally {
            Files.deleteIfExists(image);
        }
    }

    private static OcrLine toLine(TextBlock block) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (Point p : block.getBoxPoint()) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        return new OcrLine(block.getText(), Math.max(0, minX), Math.max(0, minY), maxX - minX, maxY - minY,
                meanCharScore(block));
    }

    private static double meanCharScore(TextBlock block) {
        float[] scores = block.getCharScores();
        if (scores == null || scores.length == 0) {
            return block.getBoxScore();
        }
        double sum = 0;
        for (float s : scores) {
            sum += s;
        }
        return sum / scores.length;
    }
}
