package org.gongwen.site;

import java.util.List;
import java.util.Map;
import org.gongwen.model.Correction;
import org.jsoup.nodes.Element;

/**
 * The note under a document's metadata table saying which values an archivist corrected and what extraction gave,
 * e.g. {@code 人工校正：发文字号（原识别为 银发〔2014〕188号）}.
 */
final class CorrectionNote {
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("docNumber", "发文字号"),
            Map.entry("title", "标题"), Map.entry("date", "成文日期"), Map.entry("docType", "文种"),
            Map.entry("issuer", "发文机关"), Map.entry("issuers", "发文机关"), Map.entry("published", "发布日期"),
            Map.entry("recipients", "主送"), Map.entry("cc", "抄送"), Map.entry("signer", "签发人"),
            Map.entry("urgency", "紧急程度"), Map.entry("classification", "密级"), Map.entry("copyNumber", "份号"),
            Map.entry("notes", "附注"), Map.entry("printer", "印发机关"), Map.entry("printDate", "印发日期"));

    private CorrectionNote() {
    }

    static void append(Element parent, List<Correction> corrections) {
        List<Correction> shown = corrections.stream().filter(c -> LABELS.containsKey(c.field()))
                .filter(c -> !c.status().equals(Correction.REDUNDANT)).toList();
        if (shown.isEmpty()) {
            return;
        }
        Element note = parent.appendElement("p").addClass("corrections");
        note.appendText("人工校正：");
        for (int i = 0; i < shown.size(); i++) {
            Correction c = shown.get(i);
            if (i > 0) {
                note.appendText("；");
            }
            note.appendElement("span").addClass("corrected").text(LABELS.get(c.field()) + "（原识别为 "
                    + (c.extracted() == null ? "空" : c.extracted()) + "）");
        }
    }
}
