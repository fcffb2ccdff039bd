package org.gongwen.site;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.gongwen.publish.FieldDigest;

/**
 * What the last published site was made from, so that a build renders only the pages whose inputs changed: the key of
 * every memoised file ({@code path → key}, see {@link FieldDigest}), each document's {@link DocumentSpans}, and the
 * citation index's resolutions (to tell which lookups a new or changed document answers differently). Filled while a
 * build runs (thread-safe) and saved by {@link SiteMemoFile} once the site is live.
 */
final class SiteMemo {
    final Map<String, String> citations;
    final Map<String, DocumentSpans> spans;
    final Map<String, String> pages;

    SiteMemo(Map<String, String> citations, Map<String, DocumentSpans> spans, Map<String, String> pages) {
        this.citations = citations;
        this.spans = spans;
        this.pages = pages;
    }

    /** No memo: every page is rendered. */
    static SiteMemo empty() {
        return new SiteMemo(new TreeMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /** The key a file had in the last published site, or null. */
    String page(String path) {
        return pages.get(path);
    }
}
