package org.gongwen.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes page furniture from laid-out pages: 公文 page numbers ({@code — 3 —}, {@code －3－}, {@code -1-},
 * {@code - 12 -}, {@code 第 3 页}, {@code 3/12}, {@code 第3页 共12页}) and running headers or footers. Only lines in
 * the top or bottom band of a page are candidates: a page-number line is removed there by its shape, any other line
 * only when the same text (digits ignored) recurs in that band on several pages. A "— 3 —" inside the body text is
 * never touched. Linear in the number of lines.
 */
final class PageFurniture {
    /** Share of the page height at the top and at the bottom where headers and footers sit (GB/T 9704 margins ≈ 12%). */
    private static final double BAND = 0.14;
    /** How many lines from each edge are looked at, at most. */
    private static final int EDGE_LINES = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s　]*(?:[—–\\-－─―‒~～·•]+[\\s　]*\\d{1,4}[\\s　]*[—–\\-－─―‒~～·•]+"
                    + "|第[\\s　]*\\d{1,4}[\\s　]*页(?:[\\s　,，/]*共[\\s　]*\\d{1,4}[\\s　]*页)?"
                    + "|\\d{1,4}[\\s　]*/[\\s　]*\\d{1,4}|(?:page|Page|PAGE)[\\s　]*\\d{1,4}(?:[\\s　]*of[\\s　]*\\d{1,4})?"
                    + "|[\\d０-９]{1,4})[\\s　]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");

    /** A footer whose page-number field a converter left empty ("—  —"). */
    private static final Pattern EMPTY_PAGE_NUMBER = Pattern.compile("[\\s　]*[—–\\-－─―]+[\\s　]+[—–\\-－─―]+[\\s　]*");

    private PageFurniture() {
    }

    /**
     * True for a paragraph that is nothing but a page number ({@code — 17 —}, or {@code —  —} with its field
     * left empty): what Tika emits for the footers of RTF and ODT files, where a 公文 never has such a paragraph.
     */
    static boolean isPageNumber(String paragraph) {
        return PAGE_NUMBER.matcher(paragraph).matches() && !paragraph.strip().matches("[0-9０-９]+")
                || EMPTY_PAGE_NUMBER.matcher(paragraph).matches();
    }

    /** The pages without page numbers and running headers/footers. */
    static List<LaidOutPage> remove(List<LaidOutPage> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (LaidOutPage page : pages) {
            for (String key : edgeKeys(page)) {
                edgeCounts.merge(key, 1, Integer::sum);
            }
        }
        int repeatedOn = Math.max(2, (pages.size() + 1) / 2);
        List<LaidOutPage> cleaned = new ArrayList<>(pages.size());
        for (LaidOutPage page : pages) {
            cleaned.add(clean(page, edgeCounts, pages.size() >= 2 ? repeatedOn : Integer.MAX_VALUE));
        }
        return cleaned;
    }

    private static LaidOutPage clean(LaidOutPage page, Map<String, Integer> edgeCounts, int repeatedOn) {
        List<LaidOutPage.Line> lines = page.lines();
        List<LaidOutPage.Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LaidOutPage.Line line = lines.get(i);
            boolean edge = isEdge(page, i);
            boolean furniture = edge && (PAGE_NUMBER.matcher(line.text()).matches()
                    || edgeCounts.getOrDefault(key(line), 0) >= repeatedOn);
            if (!furniture) {
                kept.add(line);
            }
        }
        return page.withLines(kept);
    }

    private static List<String> edgeKeys(LaidOutPage page) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            if (isEdge(page, i)) {
                String key = key(page.lines().get(i));
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** Among the first or last few lines and inside the top or bottom band of the page. */
    private static boolean isEdge(LaidOutPage page, int index) {
        int size = page.lines().size();
        double y = page.lines().get(index).y();
        boolean top = index < EDGE_LINES && y <= page.height() * BAND;
        boolean bottom = index >= size - EDGE_LINES && y >= page.height() * (1 - BAND);
        return top || bottom;
    }

    /** Text with digits ignored, so "— 2 —" and "— 3 —" or "2024年第3期" headers compare equal. */
    private static String key(LaidOutPage.Line line) {
        return DIGITS.matcher(line.text().strip()).replaceAll("#");
    }
}
