package org.gongwen.ingest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Web pages saved from government portals (gov.cn, pbc.gov.cn, provincial sites), read with jsoup: the metadata
 * table (索引号, 发文机关, 成文日期, 标题, 发文字号, 发布日期 …) into {@link Extraction#metadata()} by its printed
 * labels, and the body text from the content area only, one page. Portal {@code <meta>} tags (ArticleTitle, PubDate,
 * ContentSource) are kept as {@code meta:ArticleTitle} etc.
 */
final class HtmlExtractor implements Extractor {
    static final String READER = "jsoup";
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "shtml", "xhtml");
    private static final List<String> META_NAMES = List.of("ArticleTitle", "PubDate", "ContentSource", "Keywords");

    @Override
    public boolean accepts(SourceFile file) {
        return EXTENSIONS.contains(file.extension());
    }

    @Override
    public Extraction extract(SourceFile file) {
        Charset charset = HtmlCharset.detect(file.bytes());
        Document document = Jsoup.parse(TextDecoder.withoutBom(new String(file.bytes(), charset)), "");
        Element content = ContentAreaFinder.find(document);
        Map<String, String> metadata = new LinkedHashMap<>(PortalMetadataReader.read(document, content));
        for (String name : META_NAMES) {
            String value = document.select("meta[name=" + name + "]").attr("content").strip();
            if (!value.isEmpty()) {
                metadata.put("meta:" + name, value);
            }
        }
        metadata.put("encoding", charset.name());
        String text = content == null ? "" : HtmlBlockText.text(content);
        List<Problem> problems = new ArrayList<>();
        if (ContentAreaFinder.hanCount(text) == 0) {
            problems.add(Problem.of("ingest", "no-text", "the page has no Chinese text in its body"));
        }
        return Readings.of(file, "html", List.of(ExtractedPage.text(1, text, READER)), metadata, problems);
    }
}
