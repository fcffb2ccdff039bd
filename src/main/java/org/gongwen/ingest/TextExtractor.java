package org.gongwen.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
import org.gongwen.model.SourceInfo;

/** Plain text and Markdown. (Skeleton: UTF-8 only; encoding detection comes with the readers issue.) */
final class TextExtractor implements Extractor {
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "text");

    @Override
    public boolean accepts(SourceFile file) {
        return EXTENSIONS.contains(file.extension());
    }

    @Override
    public Extraction extract(SourceFile file) {
        String text = new String(file.bytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        SourceInfo info = new SourceInfo(file.name(), Hashes.sha256(file.bytes()), file.extension(),
                file.bytes().length, 1, List.of(new SourceInfo.PageOrigin(1, "text", false, -1)));
        return new Extraction(info, List.of(ExtractedPage.text(1, text, "text")), Map.of(), List.of());
    }
}
