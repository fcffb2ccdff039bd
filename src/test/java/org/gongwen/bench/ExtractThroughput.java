package org.gongwen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongwen.model.SourceFile;
import org.gongwen.pipeline.DocumentProcessor;
import org.gongwen.pipeline.ProcessedDocument;

/**
 * Pages per second of the whole per-document work ({@code DocumentProcessor.process}) on born-digital PDFs against
 * bare PDFBox text extraction ({@code PDFTextStripper.getText}) of the same files, in the same JVM, each on a pool of
 * {@code threads} workers (default 2, both cores). Rounds alternate between the two so drift hits both alike; the
 * first rounds are warm-up. Run by {@code scripts/bench-extract}; not a test.
 */
public final class ExtractThroughput {
    private ExtractThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "output/bench-pdf");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<SourceFile> files = load(folder);
        int pages = files.stream().mapToInt(f -> bare(f)).sum();
        System.out.printf(Locale.ROOT, "%d PDFs, %d pages, %d threads, %d warm-up + %d measured rounds%n",
                files.size(), pages, threads, warmup, rounds);
        ThreadLocal<DocumentProcessor> processors = ThreadLocal.withInitial(DocumentProcessor::new);
        ToIntFunction<SourceFile> pipeline = f -> pagesOf(processors.get().process(f));
        // the record as issue 2 defines extract (read, normalise, structure), before tagging and commitments
        ThreadLocal<org.gongwen.ingest.Ingestor> ingestors = ThreadLocal.withInitial(org.gongwen.ingest.Ingestor::new);
        ToIntFunction<SourceFile> structured = f -> {
            org.gongwen.model.Extraction e = ingestors.get().extract(f);
            new org.gongwen.structure.StructureParser().parse(new org.gongwen.normalize.Normalizer().normalize(e), e);
            return e.pages().size();
        };
        double bareTotal = 0;
        double pipelineTotal = 0;
        double structuredTotal = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < warmup + rounds; round++) {
                double bareRate = rate(pool, files, ExtractThroughput::bare);
                double pipelineRate = rate(pool, files, pipeline);
                double structuredRate = rate(pool, files, structured);
                boolean measured = round >= warmup;
                System.out.printf(Locale.ROOT, "%s %d: bare PDFBox %.1f pages/s, DocumentProcessor %.1f pages/s, "
                                + "read+normalise+structure %.1f pages/s%n",
                        measured ? "round" : "warm-up", round + 1, bareRate, pipelineRate, structuredRate);
                if (measured) {
                    bareTotal += bareRate;
                    pipelineTotal += pipelineRate;
                    structuredTotal += structuredRate;
                }
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf(Locale.ROOT, "mean: bare PDFBox %.1f pages/s, DocumentProcessor %.1f pages/s, ratio %.2f%n",
                bareTotal / rounds, pipelineTotal / rounds, pipelineTotal / bareTotal);
        System.out.printf(Locale.ROOT, "mean: read+normalise+structure %.1f pages/s, ratio %.2f%n",
                structuredTotal / rounds, structuredTotal / bareTotal);
    }

    private static double rate(ExecutorService pool, List<SourceFile> files, ToIntFunction<SourceFile> work)
            throws Exception {
        AtomicLong pages = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (SourceFile file : files) {
            done.add(pool.submit(() -> pages.addAndGet(work.applyAsInt(file))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        return pages.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Bare PDFBox: load, extract all text with a default stripper; returns the page count. */
    private static int bare(SourceFile file) {
        try (PDDocument document = Loader.loadPDF(file.bytes())) {
            String text = new PDFTextStripper().getText(document);
            return text.isEmpty() ? 0 : document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pagesOf(ProcessedDocument doc) {
        if (doc.failed()) {
            throw new IllegalStateException("benchmark file failed: " + doc.failure().message());
        }
        return doc.record().source().pageCount();
    }

    private static List<SourceFile> load(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            List<SourceFile> files = new ArrayList<>();
            for (Path p : paths.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                files.add(new SourceFile(p.getFileName().toString(), Files.readAllBytes(p)));
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no PDFs in " + folder + "; run scripts/make-fixtures --bench 32");
            }
            return files;
        }
    }
}
