package org.gongwen.ingest;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Problem;

/** Turns cleaned laid-out pages (PDF, OFD) into extracted pages, marking pages without usable text for OCR. */
final class LayoutPages {
    private LayoutPages() {
    }

    static List<ExtractedPage> toPages(List<LaidOutPage> laidOut, String reader, List<Problem> problems) {
        List<ExtractedPage> pages = new ArrayList<>(laidOut.size());
        for (LaidOutPage page : laidOut) {
            String text = LayoutText.text(page);
            if (TextLayerQuality.usable(text)) {
                pages.add(ExtractedPage.text(page.number(), text, reader));
            } else {
                pages.add(new ExtractedPage(page.number(), "", reader, true, -1));
                problems.add(Readings.needsOcr(page.number()));
            }
        }
        return pages;
    }
}
