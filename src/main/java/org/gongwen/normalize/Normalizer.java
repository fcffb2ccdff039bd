package org.gongwen.normalize;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.Extraction;
import org.gongwen.model.NormalizedText;
import org.gongwen.model.Problem;

/**
 * The normalise stage's entry point: turns the readers' page text into clean paragraphs, one per line, with an exact
 * map from every output char back to {@link Extraction#joinedText()}.
 *
 * <p>Rules, in order: safe NFKC (full-width ASCII letters, digits and ％ become ASCII; Chinese punctuation is kept);
 * zero-width characters and Markdown emphasis ({@code **思想政治建设成效显著**}) removed; spaces PDF/OCR put between Han
 * characters and numbers removed ("到 2025 年" → "到2025年"), layout gaps of two or more spaces kept as one; lines
 * broken by layout or page breaks joined ("取得创新⏎⏎成果" → "取得创新成果"), except before an indented line where
 * indents mark paragraph starts (OCR text); paragraphs separated by one {@code \n}.
 * Linear in the text length. 〇/○ in dates are left to the parsers.
 */
public final class Normalizer {
    /** Normalises the extracted text of one document. */
    public NormalizedText normalize(Extraction extraction) {
        String source = extraction.joinedText();
        boolean markdown = "md".equals(extraction.source().format());
        List<Line> lines = splitLines(source, new LineCleaner(markdown));
        LineJoiner joiner = new LineJoiner(WrapWidth.of(lines), LineJoiner.indentsMarkParagraphs(lines));
        TextBuilder out = new TextBuilder(source.length());
        Line prev = null;
        for (Line line : lines) {
            if (prev != null) {
                if (joiner.joins(prev, line)) {
                    if (LineJoiner.needsSpace(out.last(), line.text().charAt(0))) {
                        out.append(' ', line.text().originAt(0) - 1);
                    }
                } else {
                    out.append('\n', prev.text().originAt(prev.text().length() - 1) + 1);
                }
            }
            out.append(line.text());
            prev = line;
        }
        return new NormalizedText(out.toString(), out.offsets(), List.<Problem>of());
    }

    private static List<Line> splitLines(String source, LineCleaner cleaner) {
        List<Line> lines = new ArrayList<>();
        boolean breakBefore = false;
        int start = 0;
        for (int i = 0; i <= source.length(); i++) {
            char c = i < source.length() ? source.charAt(i) : '\n';
            if (c != '\n' && c != '\f') {
                continue;
            }
            TextBuilder cleaned = cleaner.clean(source, start, i);
            if (cleaned.isEmpty()) {
                breakBefore = true;
            } else {
                lines.add(Line.of(cleaned, breakBefore, Line.indentAt(source, start, i)));
                breakBefore = false;
            }
            if (c == '\f') {
                breakBefore = true;
            }
            start = i + 1;
        }
        return lines;
    }
}
