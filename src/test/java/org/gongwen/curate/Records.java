package org.gongwen.curate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;

/** Small records for the curate tests. */
final class Records {
    private Records() {
    }

    /** A born-digital text record. */
    static DocumentRecord.Builder digital(String fileName, String text) {
        return DocumentRecord.builder(text, source(fileName, text, List.of(new SourceInfo.PageOrigin(1, "pdfbox",
                false, -1))));
    }

    /** A record whose one page was OCRed with the given confidence. */
    static DocumentRecord.Builder scanned(String fileName, String text, double confidence) {
        return DocumentRecord.builder(text, source(fileName, text, List.of(new SourceInfo.PageOrigin(1, "tesseract",
                false, confidence))));
    }

    static SourceInfo source(String fileName, String text, List<SourceInfo.PageOrigin> pages) {
        byte[] bytes = (fileName.substring(fileName.lastIndexOf('.') + 1) + text).getBytes(StandardCharsets.UTF_8);
        return new SourceInfo(fileName, org.gongwen.curate.TestHashes.sha256(bytes),
                fileName.substring(fileName.lastIndexOf('.') + 1), bytes.length, pages.size(), pages);
    }
}
