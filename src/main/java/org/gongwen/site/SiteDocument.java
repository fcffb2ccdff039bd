package org.gongwen.site;

import org.gongwen.model.DocumentRecord;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One document to publish: its id (see {@link DocumentIds}), its record and its original file.
 *
 * @param id       stable id, also the page name ({@code docs/<id>.html})
 * @param record   the structured record
 * @param original the source file, copied into the site as {@code files/<id>.<ext>}; null to skip the copy
 */
public record SiteDocument(String id, DocumentRecord record, Path original) {
    /** Formats a browser shows or downloads without running anything from them. */
    private static final java.util.Set<String> PASSIVE_FORMATS = java.util.Set.of("pdf", "ofd", "doc", "docx", "wps",
            "rtf", "odt", "txt", "md", "png", "jpg", "jpeg", "tif", "tiff", "gif", "bmp", "webp", "xls", "xlsx", "csv");

    public SiteDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
    }

    String page() {
        return "docs/" + id + ".html";
    }

    /**
     * The site path of the original: the id and the source's extension (letters and digits only). A format a browser
     * would run (a saved web page, SVG, XML with a stylesheet) gets {@code .txt} added, so it is shown as text and
     * never executed: {@code 通知.html → files/<id>.html.txt}.
     */
    String originalPath() {
        String name = record.source().fileName();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String path = "files/" + id + (ext.isEmpty() ? "" : "." + ext);
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
