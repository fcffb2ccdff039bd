package org.gongwen.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays text out the way PDF extraction returns it: paragraphs wrapped every 28 characters, a blank line at each page
 * break (every 22 lines, inside sentences), spaces between Han characters and around numbers, the 发文字号 split after
 * its year, the title wrapped over two lines.
 */
final class PdfShape {
    private static final int WIDTH = 28;
    private static final int PAGE = 22;

    private PdfShape() {
    }

    static String of(String text) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n")) {
            String p = para.strip().replace("**", "");
            if (p.isEmpty()) {
                continue;
            }
            if (p.matches(".*〔\\d{4}〕\\d+号")) {
                int cut = p.indexOf('〕') + 1;
                out.add(p.substring(0, cut));
                out.add(p.substring(cut));
            } else if (p.startsWith("关于印发")) {
                out.add(p.substring(0, 20));
                out.add(p.substring(20));
            } else {
                for (int i = 0; i < p.length(); i += WIDTH) {
                    out.add(spaced(p.substring(i, Math.min(p.length(), i + WIDTH))));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < out.size(); i++) {
            sb.append(out.get(i)).append('\n');
            if (i % PAGE == PAGE - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Spaces around numbers ("到 2025 年") and one stray space inside long Han runs. */
    private static String spaced(String line) {
        String s = line.replaceAll("(?<=[\\u4E00-\\u9FFF])(\\d+(?:\\.\\d+)?)(?=[\\u4E00-\\u9FFF])", " $1 ");
        return s.length() > 12 ? s.substring(0, 6) + " " + s.substring(6) : s;
    }
}
