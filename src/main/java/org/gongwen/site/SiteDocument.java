package org.gongwen.site;

import org.gongwen.model.DocumentRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One document to publish: its id (see {@link DocumentIds}), its record and its original file.
 *
 * @param id         stable id, also the page name ({@code docs/<id>.html})
 * @param record     the structured record
 * @param recordJson the record as {@link org.gongwen.json.RecordJson#write} writes it, UTF-8 (the bytes of
 *                   {@code records/…json}); not copied, so not to be changed
 * @param recordKey  a key that changes whenever the record does (the SHA-256 of {@code recordJson}, or the key of a
 *                   cache entry holding exactly this record): the site memo keys pages by it
 * @param markdown   {@link RecordMarkdown#of} for the id and record, UTF-8, when asked for: the site's copy of
 *                   {@code markdown/<id>.md}; the site asks only when its memo has no copy for this record, and the
 *                   caller renders it at most once for both
 * @param original   the source file, copied into the site as {@code files/<id>.<ext>}; null to skip the copy
 * @param others     the files of the document's other sources ({@link DocumentRecord#otherSources()}, e.g. the scan
 *                   of a born-digital PDF), copied as {@code files/<id>-2.<ext>}, {@code files/<id>-3.<ext>} …
 */
public record SiteDocument(String id, DocumentRecord record, byte[] recordJson, String recordKey,
                           Supplier<byte[]> markdown, Path original, List<Path> others) {
    /** Formats a browser shows or downloads without running anything from them. */
    private static final java.util.Set<String> PASSIVE_FORMATS = java.util.Set.of("pdf", "ofd", "doc", "docx", "wps",
            "rtf", "odt", "txt", "md", "png", "jpg", "jpeg", "tif", "tiff", "gif", "bmp", "webp", "xls", "xlsx", "csv");

    public SiteDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(recordJson, "recordJson");
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(markdown, "markdown");
        others = others == null ? List.of() : List.copyOf(others);
    }

    String page() {
        return pagePath(id);
    }

    /** The site-relative path of the page of the document with this id, e.g. {@code docs/云产改办-2022-16号.html}. */
    public static String pagePath(String id) {
        return "docs/" + id + ".html";
    }

    /**
     * The site path of the original: the id and the source's extension (letters and digits only). A format a browser
     * would run (a saved web page, SVG, XML with a stylesheet) gets {@code .txt} added, so it is shown as text and
     * never executed: {@code 通知.html → files/<id>.html.txt}.
     */
    String originalPath() {
        return filePath(id, record.source().fileName());
    }

    /** The site path of the {@code k}-th other source (0-based): {@code files/<id>-<k+2>.<ext>}, made safe alike. */
    String otherPath(int k) {
        return filePath(id + "-" + (k + 2), others.get(k).getFileName().toString());
    }

    private static String filePath(String stem, String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String path = "files/" + stem + (ext.isEmpty() ? "" : "." + ext);
        return PASSIVE_FORMATS.contains(ext) ? path : path + ".txt";
    }

    /** Whether the original is offered as text instead of in its own format (see {@link #originalPath()}). */
    boolean originalShownAsText() {
        return originalPath().endsWith(".txt") && !record.source().fileName().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    String displayTitle() {
        String title = record.title();
        if (title != null && !title.isBlank()) {
            return title;
        }
        return record.docNumber() != null ? record.docNumber() : record.source().fileName();
    }

    String year() {
        String date = record.date();
        return date != null && date.matches("\\d{4}.*") ? date.substring(0, 4) : null;
    }

    /** Sort key: newest first; documents without a date last; then by id. */
    String dateKey() {
        return record.date() == null ? "" : record.date();
    }
}
