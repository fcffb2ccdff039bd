package org.gongwen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Problem;

/** Turns cleaned laid-out pages (PDF, OFD) into extracted pages, marking pages without usable text for OCR. */
final class LayoutPages {
    private LayoutPages() {
    }

    static List<ExtractedPage> toPages(List<LaidOutPage> laidOut, String reader, List<Problem> problems) {
        return toPages(laidOut, reader, problems, Set.of());
    }

    /** As {@link #toPages(List, String, List)}; the {@code blank} pages stay empty and are not marked for OCR. */
    static List<ExtractedPage> toPages(List<LaidOutPage> laidOut, String reader, List<Problem> problems,
                                       Set<Integer> blank) {
        List<ExtractedPage> pages = new ArrayList<>(laidOut.size());
        for (LaidOutPage page : laidOut) {
            String text = LayoutText.text(page);
            if (blank.contains(page.number())) {
                pages.add(ExtractedPage.text(page.number(), "", reader));
            } else if (TextLayerQuality.usable(text)) {
                pages.add(ExtractedPage.text(page.number(), text, reader));
            } else {
                pages.add(new ExtractedPage(page.number(), "", reader, true, -1));
                problems.add(Readings.needsOcr(page.number()));
            }
        }
        return pages;
    }
}
