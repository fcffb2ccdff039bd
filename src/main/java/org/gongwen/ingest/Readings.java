package org.gongwen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.gongwen.model.SourceInfo;

/** Builds {@link Extraction}s with a complete {@link SourceInfo} (hash, format, page origins) from a reader's pages. */
final class Readings {
    /** At most this many problems per file, like jsoup's capped error list; the last one says how many were left out. */
    static final int MAX_PROBLEMS = 50;

    private Readings() {
    }

    static Extraction of(SourceFile file, String format, List<ExtractedPage> pages, Map<String, String> metadata,
                         List<Problem> problems) {
        List<SourceInfo.PageOrigin> origins = new ArrayList<>(pages.size());
        for (ExtractedPage page : pages) {
            origins.add(new SourceInfo.PageOrigin(page.number(), page.reader(), page.needsOcr(), page.confidence()));
        }
        SourceInfo info = new SourceInfo(file.name(), Hashes.sha256(file.bytes()), format, file.bytes().length,
                pages.size(), origins);
        return new Extraction(info, pages, metadata, capped(problems));
    }

    /** The same extraction under another format name and with problems added in front. */
    static Extraction withFormat(Extraction e, SourceFile file, String format, List<Problem> before) {
        List<Problem> problems = new ArrayList<>(before);
        problems.addAll(e.problems());
        SourceInfo s = e.source(); // kept whole: OCR put each page's engine, confidence and seconds there
        SourceInfo info = new SourceInfo(s.fileName(), s.sha256(), format, s.bytes(), s.pageCount(), s.pages());
        return new Extraction(info, e.pages(), e.metadata(), capped(problems));
    }

    static Extraction failed(SourceFile file, String format, String code, String message) {
        return of(file, format, List.of(), Map.of(), List.of(Problem.of("ingest", code, message)));
    }

    /** The problem a page without a usable text layer gets; OCR (org.gongwen.ingest.ocr) replaces such pages. */
    static Problem needsOcr(int page) {
        return new Problem("ingest", Problem.NEEDS_OCR, "page " + page + " has no usable text layer: needs OCR", page);
    }

    private static List<Problem> capped(List<Problem> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<Problem> kept = new ArrayList<>(problems.subList(0, MAX_PROBLEMS - 1));
        kept.add(Problem.of("ingest", "too-many-problems",
                (problems.size() - MAX_PROBLEMS + 1) + " more problems were left out"));
        return kept;
    }
}
