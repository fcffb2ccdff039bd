package org.gongwen.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a laid-out page into text: one line per printed line, and a blank line where the layout shows a paragraph
 * break. 公文 body paragraphs start with a first-line indent of two characters (GB/T 9704 7.3.1); titles, 发文字号
 * and embedded-speech headers are centred, 署名 and 成文日期 set to the right. So a new paragraph starts at an
 * indented line, after a vertical gap clearly larger than the line pitch, where the font size or the alignment
 * changes, at and after a date line, and at a centred line unless the centred line above it was full (a title
 * wrapping). When the page's first line starts a paragraph, the text begins with a blank line, telling the
 * normaliser not to join it to the previous page. Other lines are left for the normaliser to join.
 */
final class LayoutText {
    private static final double INDENT_MIN = 1.5;
    private static final double INDENT_MAX = 3.5;
    private static final double GAP_FACTOR = 1.6;
    private static final double SIZE_CHANGE = 1.15;
    private static final double WIDE = 0.75;
    private static final double DISPLAY_LEADING = 1.5;
    private static final Pattern DATE_LINE = Pattern.compile(
            "[（(]?[0-9〇○零一二三四五六七八九]{4}\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日[)）]?");

    private enum Alignment { LEFT, INDENTED, CENTRED, RIGHT }

    private LayoutText() {
    }

    static String text(LaidOutPage page) {
        List<LaidOutPage.Line> lines = page.lines();
        if (lines.isEmpty()) {
            return "";
        }
        double bodySize = bodySize(lines);
        double left = leftMargin(lines, bodySize);
        Frame frame = new Frame(left, rightMargin(lines, left), medianPitch(lines), bodySize);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (startsParagraph(lines.get(i), i == 0 ? null : lines.get(i - 1), frame)) {
                out.append('\n');
            }
            out.append(lines.get(i).text()).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** The text block of a page: its left and right edges and the usual distance between baselines. */
    private record Frame(double left, double right, double pitch, double bodySize) {
        Alignment alignment(LaidOutPage.Line line) {
            double size = size(line);
            double fromLeft = (line.x() - left) / size;
            double fromRight = (right - line.right()) / size;
            boolean indentedFull = fromLeft >= INDENT_MIN && fromLeft <= INDENT_MAX && fromRight < 1;
            if (!indentedFull && fromLeft > 0.3 && Math.abs(fromLeft - fromRight) <= 1.0) {
                return Alignment.CENTRED;
            }
            if (fromLeft < INDENT_MIN) {
                return Alignment.LEFT;
            }
            if (fromLeft <= INDENT_MAX) {
                return Alignment.INDENTED;
            }
            return fromRight < fromLeft - 1 ? Alignment.RIGHT : Alignment.CENTRED;
        }

        boolean wide(LaidOutPage.Line line) {
            return right > left && (line.right() - line.x()) / (right - left) > WIDE;
        }

        /** A full line in a display size (a title's first line): the next centred line continues it. */
        boolean wideDisplay(LaidOutPage.Line line) {
            return wide(line) && size(line) > bodySize * SIZE_CHANGE;
        }
    }

    private static boolean startsParagraph(LaidOutPage.Line line, LaidOutPage.Line previous, Frame frame) {
        Alignment alignment = frame.alignment(line);
        if (previous == null) {
            return alignment != Alignment.LEFT;
        }
        Alignment before = frame.alignment(previous);
        // display lines (a 26 pt 发文机关标志) are set wider apart than the body's pitch without a paragraph break
        double pitch = Math.max(frame.pitch(), size(previous) * DISPLAY_LEADING);
        boolean gap = frame.pitch() > 0 && line.y() - previous.y() > pitch * GAP_FACTOR;
        double ratio = size(line) / size(previous);
        if (gap || ratio > SIZE_CHANGE || ratio < 1 / SIZE_CHANGE || isDate(line) || isDate(previous)) {
            return true;
        }
        return switch (alignment) {
            case INDENTED -> true;
            case LEFT -> before == Alignment.CENTRED || before == Alignment.RIGHT;
            case CENTRED -> before == Alignment.CENTRED ? !frame.wide(previous) : !frame.wideDisplay(previous);
            case RIGHT -> before != Alignment.RIGHT;
        };
    }

    private static boolean isDate(LaidOutPage.Line line) {
        return DATE_LINE.matcher(line.text().strip()).matches();
    }

    private static double size(LaidOutPage.Line line) {
        return line.charSize() > 0 ? line.charSize() : 1;
    }

    /**
     * The body's left edge: the leftmost start of a line in the body font size (continuation lines of body text
     * start there; display lines in larger sizes are centred and page furniture is already gone).
     */
    private static double leftMargin(List<LaidOutPage.Line> lines, double bodySize) {
        double left = Double.MAX_VALUE;
        for (LaidOutPage.Line line : lines) {
            double ratio = size(line) / bodySize;
            if (ratio < SIZE_CHANGE && ratio > 1 / SIZE_CHANGE) {
                left = Math.min(left, line.x());
            }
        }
        return left == Double.MAX_VALUE ? lines.get(0).x() : left;
    }

    /**
     * The body's right edge: the upper quartile of the right ends of lines starting at the left edge (full lines of
     * justified text), so a hanging full-width comma or one over-long line does not move it.
     */
    private static double rightMargin(List<LaidOutPage.Line> lines, double left) {
        double[] rights = new double[lines.size()];
        int n = 0;
        for (LaidOutPage.Line line : lines) {
            if (Math.abs(line.x() - left) < 1) {
                rights[n++] = line.right();
            }
        }
        if (n < 3) {
            n = 0;
            for (LaidOutPage.Line line : lines) {
                rights[n++] = line.right();
            }
        }
        Arrays.sort(rights, 0, n);
        return rights[Math.min(n - 1, n * 3 / 4)];
    }

    /** The most common font size (rounded; ties go to the smaller), the body text's size. */
    private static double bodySize(List<LaidOutPage.Line> lines) {
        Map<Long, Integer> counts = new HashMap<>();
        long best = Math.round(size(lines.get(0)));
        for (LaidOutPage.Line line : lines) {
            long size = Math.round(size(line));
            int count = counts.merge(size, 1, Integer::sum);
            int bestCount = counts.get(best);
            if (count > bestCount || count == bestCount && size < best) {
                best = size;
            }
        }
        return best;
    }

    private static double medianPitch(List<LaidOutPage.Line> lines) {
        double[] gaps = new double[Math.max(0, lines.size() - 1)];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            double gap = lines.get(i).y() - lines.get(i - 1).y();
            if (gap > 0) {
                gaps[n++] = gap;
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(gaps, 0, n);
        return gaps[(n - 1) / 2];
    }
}
