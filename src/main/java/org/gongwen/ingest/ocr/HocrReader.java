package org.gongwen.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads Tesseract's hOCR into lines: each {@code ocr_line} (or header, caption, floating text) with its bbox, its
 * words joined (no space between two Han characters, since chi_sim splits Han text into one "word" per character or
 * phrase) and the mean word confidence {@code x_wconf} scaled to [0,1].
 */
final class HocrReader {
    private static final Pattern BBOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final Pattern WCONF = Pattern.compile("x_wconf (\\d+)");

    private HocrReader() {
    }

    static List<OcrLine> lines(String hocr) {
        List<OcrLine> lines = new ArrayList<>();
        for (Element line : Jsoup.parse(hocr).select(".ocr_line, .ocr_header, .ocr_caption, .ocr_textfloat")) {
            Matcher box = BBOX.matcher(line.attr("title"));
            if (!box.find()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            double confidence = 0;
            int words = 0;
            for (Element word : line.select(".ocrx_word")) {
                String w = word.text().strip();
                if (w.isEmpty()) {
                    continue;
                }
                appendWord(text, w);
                Matcher conf = WCONF.matcher(word.attr("title"));
                confidence += conf.find() ? Integer.parseInt(conf.group(1)) / 100.0 : 0;
                words++;
            }
            if (words > 0) {
                int x0 = Integer.parseInt(box.group(1));
                int y0 = Integer.parseInt(box.group(2));
                lines.add(new OcrLine(text.toString(), x0, y0, Integer.parseInt(box.group(3)) - x0,
                        Integer.parseInt(box.group(4)) - y0, confidence / words));
            }
        }
        return lines;
    }

    private static void appendWord(StringBuilder text, String word) {
        if (text.length() > 0 && !(isCjk(text.charAt(text.length() - 1)) || isCjk(word.charAt(0)))) {
            text.append(' ');
        }
        text.append(word);
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }
}
