package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.json.RecordJson;
import org.gongwen.model.SourceInfo;
import org.gongwen.site.DocumentIds;
import org.gongwen.site.SiteDocument;

/**
 * {@code output/build-report.json}: what the last build did with every corpus file, for scripts and archivists —
 * its corpus path, outcome (published or failed), for failures the stage, code and reason in plain words, the page
 * it was published as, for a source merged into another document that document's corpus path ({@code mergedInto}),
 * and the seconds it took. Example entry:
 * {@code {"path":"pdf/加密.pdf","outcome":"failed","stage":"ingest","code":"encrypted",
 * "reason":"encrypted PDF: password required","seconds":0.04}}.
 */
final class BuildReportFile {
    private BuildReportFile() {
    }

    /**
     * Writes the report: every outcome with its reason or the page that shows it. {@code published} are the
     * documents that got a page (one per group of duplicates); {@code otherFiles} maps a published document's
     * corpus path to the files of its other sources, which link to the same page.
     */
    static void write(Path file, BuildReport report, DocumentLimits limits, List<DocumentOutcome> outcomes,
                      List<DocumentOutcome> published, Map<String, List<Path>> otherFiles) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documents", report.documents());
        root.put("published", report.documents() - report.failures().size());
        root.put("failed", report.failures().size());
        root.put("warnings", report.warnings());
        root.put("timeLimitSeconds", limits.timeLimit().toMillis() / 1000.0);
        root.put("maxBytes", limits.maxBytes());
        List<DocumentOutcome> ok = published.stream().filter(o -> !o.failed()).toList();
        // the same ids the site gives its pages (DocumentIds depends only on the records, in path order)
        List<String> ids = DocumentIds.assign(ok.stream().map(DocumentOutcome::record).toList());
        Map<String, String> pages = new java.util.HashMap<>();
        Map<Path, String> pagesOfOtherSources = new java.util.HashMap<>();
        Map<Path, String> keptOfOtherSources = new java.util.HashMap<>();
        for (int i = 0; i < ok.size(); i++) {
            String page = SiteDocument.pagePath(ids.get(i));
            pages.put(ok.get(i).path(), page);
            for (Path other : otherFiles.getOrDefault(ok.get(i).path(), List.of())) {
                pagesOfOtherSources.put(other, page);
                keptOfOtherSources.put(other, ok.get(i).path());
            }
        }
        List<Map<String, Object>> files = new ArrayList<>();
        for (DocumentOutcome o : outcomes) {
            String page = pages.get(o.path());
            Map<String, Object> entry = entry(o, page != null ? page : pagesOfOtherSources.get(o.file()));
            if (page == null && keptOfOtherSources.containsKey(o.file())) {
                entry.put("mergedInto", keptOfOtherSources.get(o.file()));
            }
            files.add(entry);
        }
        root.put("files", files);
        OutputFiles.writeIfChanged(file, RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** The pages OCRed in this build: engine, confidence and seconds (records leave the seconds out). */
    private static List<Map<String, Object>> ocrPages(DocumentOutcome o) {
        List<Map<String, Object>> pages = new ArrayList<>();
        if (o.fromCache()) {
            return pages;
        }
        for (SourceInfo.PageOrigin p : o.record().source().pages()) {
            if (p.seconds() >= 0) {
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("page", p.page());
                page.put("engine", p.reader());
                page.put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
                page.put("seconds", Math.round(p.seconds() * 1000) / 1000.0);
                pages.add(page);
            }
        }
        return pages;
    }

    private static Map<String, Object> entry(DocumentOutcome o, String page) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", o.path());
        entry.put("outcome", o.failed() ? "failed" : "published");
        if (o.failed()) {
            entry.put("stage", o.failure().stage());
            entry.put("code", o.failure().code());
            entry.put("reason", o.failure().message());
        } else {
            entry.put("page", page);
            entry.put("warnings", o.record().warnings().size());
            entry.put("fromCache", o.fromCache());
            List<Map<String, Object>> ocr = ocrPages(o);
            if (!ocr.isEmpty()) {
                entry.put("ocrPages", ocr);
            }
        }
        entry.put("seconds", Math.round(o.seconds() * 1000) / 1000.0);
        return entry;
    }
}
