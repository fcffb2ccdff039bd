package org.gongwen.ingest;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element of a portal page that holds the document body, not the navigation, header or footer. First the
 * content containers that Chinese government CMSs (TRS WCM, UCAP, 开普云) use, then the element with the most Han
 * characters outside links, going as deep as keeps nine tenths of them (so the page frame around it is left out).
 */
final class ContentAreaFinder {
    private static final List<String> KNOWN = List.of("#UCAP-CONTENT", ".pages_content", ".TRS_Editor",
            ".trs_editor_view", "#zoom", "#Zoom", ".article-content", ".article_content", ".zw", "#content",
            ".content", "article", "main");
    private static final int MIN_HAN = 20;

    private ContentAreaFinder() {
    }

    static Element find(Document document) {
        for (String selector : KNOWN) {
            for (Element candidate : document.select(selector)) {
                if (hanCount(candidate.text()) >= MIN_HAN) {
                    return candidate;
                }
            }
        }
        return densest(document.body());
    }

    /** The deepest element keeping 90% of the best score, the score being Han characters outside links minus those inside. */
    private static Element densest(Element body) {
        if (body == null) {
            return null;
        }
        Map<Element, Integer> scores = new IdentityHashMap<>();
        score(body, false, scores);
        int best = scores.get(body);
        for (int score : scores.values()) {
            best = Math.max(best, score);
        }
        Element chosen = body;
        int chosenDepth = -1;
        for (Map.Entry<Element, Integer> entry : scores.entrySet()) {
            int depth = entry.getKey().parents().size();
            if (entry.getValue() >= best * 0.9 && depth > chosenDepth) {
                chosen = entry.getKey();
                chosenDepth = depth;
            }
        }
        return chosen;
    }

    private static int score(Element element, boolean inLink, Map<Element, Integer> scores) {
        boolean link = inLink || element.nameIs("a");
        int total = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                int han = hanCount(text.text());
                total += link ? -han : han;
            } else if (child instanceof Element childElement && !HtmlBlockText.SKIPPED.contains(childElement.normalName())) {
                total += score(childElement, link, scores);
            }
        }
        scores.put(element, total);
        return total;
    }

    static int hanCount(String text) {
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                han++;
            }
        }
        return han;
    }
}
