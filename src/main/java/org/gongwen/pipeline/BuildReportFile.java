package org.gongwen.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.json.RecordJson;
import org.gongwen.site.DocumentIds;

/**
 * {@code output/build-report.json}: what the last build did with every corpus file, for scripts and archivists —
 * its corpus path, outcome (published or failed), for failures the stage, code and reason in plain words, the page
 * it was published as, and the seconds it took. Example entry:
 * {@code {"path":"pdf/加密.pdf","outcome":"failed","stage":"ingest","code":"encrypted",
 * "reason":"encrypted PDF: password required","seconds":0.04}}.
 */
final class BuildReportFile {
    private BuildReportFile() {
    }

    static void write(Path file, BuildReport report, DocumentLimits limits, List<DocumentOutcome> outcomes)
            throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documents", report.documents());
        root.put("published", report.documents() - report.failures().size());
        root.put("failed", report.failures().size());
        root.put("warnings", report.warnings());
        root.put("timeLimitSeconds", limits.timeLimit().toMillis() / 1000.0);
        root.put("maxBytes", limits.maxBytes());
        List<DocumentOutcome> ok = outcomes.stream().filter(o -> !o.failed()).toList();
        // the same ids the site gives its pages (DocumentIds depends only on the records, in path order)
        List<String> ids = DocumentIds.assign(ok.stream().map(DocumentOutcome::record).toList());
        Map<String, String> pages = new java.util.HashMap<>();
        for (int i = 0; i < ok.size(); i++) {
            pages.put(ok.get(i).path(), "docs/" + ids.get(i) + ".html");
        }
        List<Map<String, Object>> files = new ArrayList<>();
        for (DocumentOutcome o : outcomes) {
            files.add(entry(o, pages.get(o.path())));
        }
        root.put("files", files);
        OutputFiles.writeIfChanged(file, RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
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
        }
        entry.put("seconds", Math.round(o.seconds() * 1000) / 1000.0);
        return entry;
    }
}
