package org.gongwen.curate;

import java.util.Comparator;
import java.util.List;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;

/**
 * Which of several forms of one document has the best text: born-digital text beats OCR with high confidence, which
 * beats other OCR, which beats pages left unread; then fewer warnings; then the longer text (a scan missing a page is
 * shorter); then the file name, so the choice is deterministic.
 */
final class TextQuality {
    /** Mean OCR confidence from which OCRed text counts as good. */
    static final double HIGH_CONFIDENCE = 0.85;

    static final Comparator<DocumentRecord> BEST_FIRST = Comparator
            .comparingInt((DocumentRecord r) -> tier(r.source()))
            .thenComparingInt(r -> r.warnings().size())
            .thenComparing(Comparator.comparingInt((DocumentRecord r) -> r.text().length()).reversed())
            .thenComparing(r -> r.source().fileName());

    private TextQuality() {
    }

    /** 0 born-digital, 1 OCR with high confidence, 2 other OCR, 3 pages that needed OCR and got none. */
    static int tier(SourceInfo source) {
        List<SourceInfo.PageOrigin> pages = source.pages();
        if (pages.stream().anyMatch(SourceInfo.PageOrigin::needsOcr)) {
            return 3;
        }
        double mean = meanOcrConfidence(source);
        if (mean < 0) {
            return 0;
        }
        return mean >= HIGH_CONFIDENCE ? 1 : 2;
    }

    /** The mean confidence of the OCRed pages, or -1 when no page was OCRed. */
    static double meanOcrConfidence(SourceInfo source) {
        return source.pages().stream().filter(p -> p.confidence() >= 0)
                .mapToDouble(SourceInfo.PageOrigin::confidence).average().orElse(-1);
    }
}
