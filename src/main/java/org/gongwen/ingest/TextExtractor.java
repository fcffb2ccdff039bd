package org.gongwen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;

/**
 * Plain text and Markdown, e.g. a 通知 pasted from a portal and saved by Notepad as GBK with CRLF line ends. The
 * encoding is detected by {@link TextDecoder}; the whole file is one page. Form feeds, when present, separate pages.
 */
final class TextExtractor implements Extractor {
    static final String READER = "text";
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "text");

    @Override
    public boolean accepts(SourceFile file) {
        return EXTENSIONS.contains(file.extension());
    }

    @Override
    public Extraction extract(SourceFile file) {
        TextDecoder.Decoded decoded = TextDecoder.decode(file.bytes());
        List<Problem> problems = new ArrayList<>();
        if (decoded.lossy()) {
            problems.add(Problem.of("ingest", "bad-encoding", "some bytes are not valid " + decoded.charset()
                    + "; they were replaced by U+FFFD"));
        }
        String[] parts = decoded.text().split("\f", -1);
        List<ExtractedPage> pages = new ArrayList<>(parts.length);
        for (String part : parts) {
            pages.add(ExtractedPage.text(pages.size() + 1, part, READER));
        }
        String format = file.extension().equals("md") ? "md" : "txt";
        return Readings.of(file, format, pages, Map.of("encoding", decoded.charset().name()), problems);
    }
}
