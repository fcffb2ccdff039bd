package org.gongwen.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;

/**
 * Groups an OFD page's text codes into printed lines. Each {@code TextCode} is a run of characters at a position
 * inside its text object's boundary; runs whose baselines lie within 40% of the font size belong to one line, and
 * runs further apart than half a character are separated by a space.
 */
final class OfdLines {
    private static final double SAME_LINE = 0.4;

    /** A run of characters with its absolute position (mm from the page's top-left corner). */
    record Run(String text, double x, double y, double size) {
        double right() {
            double width = 0;
            for (int i = 0; i < text.length(); i++) {
                width += text.charAt(i) < 0x80 ? 0.5 : 1;
            }
            return x + width * size;
        }
    }

    private OfdLines() {
    }

    static List<Run> runs(List<TextObject> objects) {
        List<Run> runs = new ArrayList<>();
        for (TextObject object : objects) {
            ST_Box box = object.getBoundary();
            double size = object.getSize() == null ? 0 : object.getSize();
            double x = 0;
            double y = 0;
            for (TextCode code : object.getTextCodes()) {
                x = code.getX() != null ? code.getX() : x;
                y = code.getY() != null ? code.getY() : y;
                String text = code.getContent();
                if (text != null && !text.isBlank()) {
                    runs.add(new Run(text, box.getTopLeftX() + x, box.getTopLeftY() + y, size));
                }
            }
        }
        return runs;
    }

    static List<LaidOutPage.Line> lines(List<Run> runs) {
        List<Run> byY = new ArrayList<>(runs);
        byY.sort(Comparator.comparingDouble(Run::y));
        List<LaidOutPage.Line> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        for (Run run : byY) {
            if (!line.isEmpty() && Math.abs(run.y() - line.get(0).y()) > SAME_LINE * Math.max(run.size(), 1)) {
                lines.add(toLine(line));
                line.clear();
            }
            line.add(run);
        }
        if (!line.isEmpty()) {
            lines.add(toLine(line));
        }
        return lines;
    }

    private static LaidOutPage.Line toLine(List<Run> runs) {
        runs.sort(Comparator.comparingDouble(Run::x));
        StringBuilder text = new StringBuilder();
        Run previous = null;
        for (Run run : runs) {
            if (previous != null && run.x() - previous.right() > previous.size() / 2) {
                text.append(' ');
            }
            text.append(run.text());
            previous = run;
        }
        Run first = runs.get(0);
        return new LaidOutPage.Line(text.toString().strip(), first.x(), previous.right(), first.y(), first.size());
    }
}
