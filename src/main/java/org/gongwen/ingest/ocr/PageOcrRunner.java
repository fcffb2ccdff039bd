package org.gongwen.ingest.ocr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * OCRs pages in parallel on a fixed pool of worker threads, each with its own {@link OcrEngine} (made once per thread
 * by a {@link ThreadLocal}, so a model loads once per worker). Page images are read or rendered one after the other
 * by the caller and handed over as soon as a worker is free (at most two pages wait per worker, which bounds memory
 * at 300 dpi).
 * Each page has a time limit; a page over it is reported, not waited for.
 */
final class PageOcrRunner {
    /** Gives the image of page {@code number} (1-based); called on the caller's thread. */
    interface PageSource {
        PageImage image(int number) throws IOException;
    }

    /** What OCR made of one page: text in reading order, repaired; or why there is none (error != null). */
    record PageResult(int number, String text, double confidence, double seconds, String engine, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private final EngineFactory factory;
    private final int threads;
    private final long timeoutMillis;
    private final ThreadLocal<OcrEngine> engines;
    private final OcrTextRepairer repairer;
    private volatile ExecutorService pool;

    PageOcrRunner(EngineFactory factory, int threads, long timeoutMillis, boolean repair) {
        this.repairer = repair ? new OcrTextRepairer() : null;
        this.factory = factory;
        this.threads = threads;
        this.timeoutMillis = timeoutMillis;
        this.engines = ThreadLocal.withInitial(factory::create);
    }

    /** OCRs the given pages; results in the order of {@code numbers}. Never throws for a bad page. */
    List<PageResult> run(List<Integer> numbers, PageSource source) {
        Semaphore waiting = new Semaphore(threads * 2);
        List<Future<PageResult>> futures = new ArrayList<>();
        List<PageResult> results = new ArrayList<>();
        for (int number : numbers) {
            PageImage image;
            try {
                waiting.acquire();
                image = source.image(number);
            } catch (IOException | RuntimeException e) {
                waiting.release();
                futures.add(java.util.concurrent.CompletableFuture.completedFuture(
                        failure(number, "cannot read the page's image: " + e.getMessage())));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            futures.add(pool().submit(() -> {
                try {
                    return recognize(number, image);
                } finally {
                    waiting.release();
                }
            }));
        }
        for (int i = 0; i < futures.size(); i++) {
            results.add(await(numbers.get(i), futures.get(i)));
        }
        return results;
    }

    private PageResult recognize(int number, PageImage image) {
        long start = System.nanoTime();
        try {
            OcrEngine engine = engines.get();
            List<OcrLine> lines = engine.recognize(image);
            String text = ReadingOrder.text(lines, image.width());
            double seconds = (System.nanoTime() - start) / 1e9;
            String repaired = repairer == null ? text : repairer.repair(text);
            return new PageResult(number, repaired, confidence(lines), seconds, engine.name(), null);
        } catch (IOException | RuntimeException e) {
            return failure(number, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The mean line confidence weighted by characters; 0 for a page where nothing was recognised. */
    static double confidence(List<OcrLine> lines) {
        double sum = 0;
        int chars = 0;
        for (OcrLine line : lines) {
            sum += line.confidence() * line.text().length();
            chars += line.text().length();
        }
        return chars == 0 ? 0 : sum / chars;
    }

    private PageResult await(int number, Future<PageResult> future) {
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failure(number, String.format(Locale.ROOT, "OCR took longer than %d s", timeoutMillis / 1000));
        } catch (ExecutionException e) {
            return failure(number, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(number, "interrupted");
        }
    }

    private PageResult failure(int number, String error) {
        return new PageResult(number, "", 0, -1, factory.mode().label(), error);
    }

    private ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (this) {
                if (pool == null) {
                    AtomicInteger count = new AtomicInteger();
                    pool = Executors.newFixedThreadPool(threads, r -> {
                        Thread t = new Thread(r, "gongwen-ocr-" + count.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
                }
                p = pool;
            }
        }
        return p;
    }
}
