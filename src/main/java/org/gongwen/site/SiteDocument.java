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
    public SiteDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
    }

    String page() {
        return "docs/" + id + ".html";
    }

    /** The site path of the original: the id and the source's extension (letters and digits only). */
    String originalPath() {
        String name = record.source().fileName();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "files/" + id + (ext.isEmpty() ? "" : "." + ext);
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
