package org.gongwen.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts recognised lines into the order a reader takes them and joins them into page text. Lines are grouped into rows
 * by vertical overlap and each row is read left to right (so a 发文字号 split into {@code 云产改办} / {@code 〔2022〕} /
 * {@code 16号} fragments comes out whole, and a table row stays one line with its cells apart). When the page has two
 * columns (a vertical gutter near the middle that no line crosses, with text on both sides), each band between
 * full-width lines is read left column first, then right column. On a one-column page a row that starts well right
 * of the body's left edge (a paragraph's first line, indented two characters in 公文) begins with two ideographic
 * spaces, as typed text does, so the normaliser can tell a paragraph start from a continuation line.
 */
final class ReadingOrder {
    private static final int MIN_COLUMN_LINES = 3;
    /** What an indented row starts with: the two-character indent of 公文 paragraphs. */
    static final String INDENT = "\u3000\u3000";

    private ReadingOrder() {
    }

    /** The page text: rows joined by newlines. */
    static String text(List<OcrLine> lines, int pageWidth) {
        List<List<OcrLine>> ordered = order(lines, pageWidth);
        // in columns every right-column row starts far from the page's left edge: no indents there
        int margin = lines.isEmpty() || gutter(lines, pageWidth, medianHeight(lines)) >= 0 ? -1 : leftMargin(ordered);
        double indent = margin < 0 ? 0 : charWidth(lines) * 1.5;
        List<String> rows = new ArrayList<>();
        for (List<OcrLine> row : ordered) {
            boolean indented = margin >= 0 && row.get(0).x() - margin >= indent;
            rows.add(indented ? INDENT + joinRow(row) : joinRow(row));
        }
        return String.join("\n", rows);
    }

    /**
     * The width of one Han character on the page: the median of line width per character over lines of some length
     * (detection boxes are padded, so their height overstates it by about a third). Digits and Latin letters count
     * half.
     */
    static double charWidth(List<OcrLine> lines) {
        double[] pitches = lines.stream().filter(l -> l.text().length() >= 8)
                .mapToDouble(l -> l.width() * 2.0 / halfWidths(l.text())).sorted().toArray();
        return pitches.length == 0 ? medianHeight(lines) : pitches[pitches.length / 2];
    }

    private static int halfWidths(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return n;
    }

    /**
     * The x where body lines start: the leftmost row start shared by at least two rows (within half a line height),
     * so that one stray fragment left of the text (a stamp, a margin note) does not count; -1 when no two rows share
     * a start (then nothing is marked as indented).
     */
    static int leftMargin(List<List<OcrLine>> rows) {
        int[] starts = rows.stream().mapToInt(r -> r.get(0).x()).sorted().toArray();
        double tolerance = medianHeight(rows.stream().flatMap(List::stream).toList()) / 2;
        for (int i = 0; i + 1 < starts.length; i++) {
            if (starts[i + 1] - starts[i] <= tolerance) {
                return starts[i];
            }
        }
        return -1;
    }

    /** The lines grouped into rows in reading order. */
    static List<List<OcrLine>> order(List<OcrLine> lines, int pageWidth) {
        if (lines.isEmpty()) {
            return List.of();
        }
        double lineHeight = medianHeight(lines);
        int gutter = gutter(lines, pageWidth, lineHeight);
        if (gutter < 0) {
            return rows(lines);
        }
        List<List<OcrLine>> out = new ArrayList<>();
        List<OcrLine> left = new ArrayList<>();
        List<OcrLine> right = new ArrayList<>();
        List<OcrLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(OcrLine::centerY));
        for (OcrLine line : sorted) {
            if (line.x() < gutter && line.right() > gutter) {
                flushColumns(out, left, right);
                out.add(List.of(line));
            } else {
                (line.right() <= gutter ? left : right).add(line);
            }
        }
        flushColumns(out, left, right);
        return out;
    }

    private static void flushColumns(List<List<OcrLine>> out, List<OcrLine> left, List<OcrLine> right) {
        out.addAll(rows(left));
        out.addAll(rows(right));
        left.clear();
        right.clear();
    }

    /** Groups lines into rows: a line joins the current row when its centre lies within the row's vertical span. */
    static List<List<OcrLine>> rows(List<OcrLine> lines) {
        List<OcrLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(OcrLine::centerY).thenComparingInt(OcrLine::x));
        List<List<OcrLine>> rows = new ArrayList<>();
        List<OcrLine> row = new ArrayList<>();
        double top = 0;
        double bottom = 0;
        for (OcrLine line : sorted) {
            if (!row.isEmpty() && (line.centerY() > bottom || line.centerY() < top)) {
                rows.add(sortedByX(row));
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                top = line.y();
                bottom = line.bottom();
            }
            row.add(line);
        }
        if (!row.isEmpty()) {
            rows.add(sortedByX(row));
        }
        return rows;
    }

    private static List<OcrLine> sortedByX(List<OcrLine> row) {
        row.sort(Comparator.comparingInt(OcrLine::x));
        return row;
    }

    /** Fragments closer than one character height are one phrase; wider gaps (table cells) keep a space. */
    private static String joinRow(List<OcrLine> row) {
        StringBuilder sb = new StringBuilder(row.get(0).text());
        for (int i = 1; i < row.size(); i++) {
            OcrLine prev = row.get(i - 1);
            OcrLine line = row.get(i);
            String text = line.text();
            if (line.x() - prev.right() > Math.max(prev.height(), line.height())) {
                sb.append(' ');
            } else if (line.x() < prev.right() && sb.charAt(sb.length() - 1) == text.charAt(0)) {
                // Overlapping detector boxes read the character they share twice (市市, 116号): keep one.
                text = text.substring(1);
            }
            sb.append(text);
        }
        return sb.toString();
    }

    /** The x of a gutter in the middle third that no line crosses with enough lines on both sides, or -1. */
    static int gutter(List<OcrLine> lines, int pageWidth, double lineHeight) {
        int minGap = (int) Math.max(2, lineHeight * 1.5);
        for (int x = pageWidth / 3; x <= pageWidth * 2 / 3; x += Math.max(1, minGap / 2)) {
            int gapLeft = x - minGap / 2;
            int gapRight = x + minGap / 2;
            int leftCount = 0;
            int rightCount = 0;
            int crossing = 0;
            for (OcrLine line : lines) {
                if (line.right() <= gapLeft) {
                    leftCount++;
                } else if (line.x() >= gapRight) {
                    rightCount++;
                } else {
                    crossing++;
                }
            }
            // Full-width lines (titles) may cross the gutter, but most lines must sit in a column.
            if (leftCount >= MIN_COLUMN_LINES && rightCount >= MIN_COLUMN_LINES
                    && crossing * 2 <= leftCount + rightCount && sideBySide(lines, gapLeft, gapRight)
                    && wideText(lines, gapLeft, gapRight, pageWidth)) {
                return x;
            }
        }
        return -1;
    }

    /** True when some left-column line and right-column line share a row, i.e. the columns stand side by side. */
    private static boolean sideBySide(List<OcrLine> lines, int gapLeft, int gapRight) {
        int shared = 0;
        for (OcrLine l : lines) {
            if (l.right() > gapLeft) {
                continue;
            }
            for (OcrLine r : lines) {
                if (r.x() >= gapRight && r.centerY() >= l.y() && r.centerY() <= l.bottom()) {
                    shared++;
                    break;
                }
            }
        }
        return shared >= MIN_COLUMN_LINES;
    }

    /** Columns of running text fill their half; table cells (numbers, short names) do not, and stay in rows. */
    private static boolean wideText(List<OcrLine> lines, int gapLeft, int gapRight, int pageWidth) {
        double minWidth = pageWidth * 0.25;
        return medianWidth(lines.stream().filter(l -> l.right() <= gapLeft).toList()) >= minWidth
                && medianWidth(lines.stream().filter(l -> l.x() >= gapRight).toList()) >= minWidth;
    }

    private static int medianWidth(List<OcrLine> lines) {
        int[] widths = lines.stream().mapToInt(OcrLine::width).sorted().toArray();
        return widths[widths.length / 2];
    }

    private static double medianHeight(List<OcrLine> lines) {
        int[] heights = lines.stream().mapToInt(OcrLine::height).sorted().toArray();
        return heights[heights.length / 2];
    }
}
