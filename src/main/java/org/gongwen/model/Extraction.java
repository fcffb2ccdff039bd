package org.gongwen.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader got out of one source file: pages of raw text, metadata the container carried (the gov.cn portal
 * table 索引号/发文机关/成文日期/标题/发文字号/发布日期, PDF document info …) and the problems met on the way.
 *
 * @param source   identity of the file: name, SHA-256, format, size, page count and per-page origin
 * @param pages    the pages in order
 * @param metadata container metadata by its own label (e.g. {@code 发文字号 → 银发〔2014〕168号}); insertion-ordered
 * @param problems problems met while reading
 */
public record Extraction(SourceInfo source, List<ExtractedPage> pages, Map<String, String> metadata,
                         List<Problem> problems) {
    public Extraction {
        Objects.requireNonNull(source, "source");
        pages = List.copyOf(pages);
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        problems = List.copyOf(problems);
    }

    /** The pages' text joined with a form feed between pages, the input of the normaliser. */
    public String joinedText() {
        StringBuilder sb = new StringBuilder();
        for (ExtractedPage page : pages) {
            if (sb.length() > 0) {
                sb.append('\f');
            }
            sb.append(page.text());
        }
        return sb.toString();
    }
}
