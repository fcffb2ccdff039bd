package org.gongwen.ingest.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what OCR engines typically get wrong in 公文, before the normaliser sees the text. Pure and idempotent:
 * <ul>
 *   <li>page numbers read as lines such as {@code 一3一} or {@code - 3 -} are removed;</li>
 *   <li>spaces inside Han text and inside numbers are removed ({@code 2022 年} → {@code 2022年}, {@code 3 .5} →
 *       {@code 3.5}), spaces between Latin words kept;</li>
 *   <li>numbers split across lines are joined ({@code 增长1\n2.5%} → {@code 增长12.5%});</li>
 *   <li>ASCII and look-alike punctuation next to Han becomes full-width ({@code 各(州)市} → {@code 各（州）市},
 *       {@code 通知:} → {@code 通知：}, {@code 所称"账户"} → {@code 所称“账户”}; see {@link PunctuationRepair});</li>
 *   <li>look-alike Han characters in words that cannot be otherwise: 入 read as 人 after 深/投/纳/列/融/注/输/介
 *       ({@code 深人} → {@code 深入}), and the traditional 內, which simplified 公文 never use, as 门 in 部门/专门 and
 *       as 内 elsewhere;</li>
 *   <li>发文字号 brackets and digits, only in a document-number context (Han 机关代字, a bracketed year, a number,
 *       号): {@code 云产改办 【2022]j 16 号} → {@code 云产改办〔2022〕16号};</li>
 *   <li>in a date ({@code 年…月…日}), marks read for or beside the serif digit 1 ({@code ] | 丨 l I}): each is
 *       read as 1 where that gives a valid year, month or day, else dropped where that does
 *       ({@code 2022年1]月18日} → {@code 2022年11月18日}, {@code 2022年11]月21]日} → {@code 2022年11月21日}).</li>
 * </ul>
 * {@code 口} (often a misread 〇 or a blank box) is left alone: both readings occur in real text.
 */
public final class OcrTextRepairer {
    private static final String DASH = "[-—一–－~～_]";
    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile(
            "(?m)^[ \\t\\u3000]*" + DASH + "{1,2}[ \\t]*[0-9０-９]{1,3}[ \\t]*" + DASH + "{1,2}[ \\t]*(?:\\n|$)");
    // a bracket may come twice: overlapping detector boxes read the one they share twice (〔[2022]), as with 市市; a
    // closing bracket read as a letter alone (【2003j 163号) still closes the year
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "(?<=\\p{IsHan})[ \\t]*[〔【\\[(（{「［〈<]{1,2}[ \\t]*([12][ \\t]?[09][ \\t]?\\d[ \\t]?\\d)[ \\t]*"
                    + "(?:[〕】\\])）}」］〉>]{1,2}[ \\t]*[a-zA-Z|丨]{0,2}|[a-zA-Z|丨]{1,2})[ \\t]*(\\d(?:[ \\t]?\\d){0,4})[ \\t]*号");
    // the lookbehind leaves out the ideographic space itself, so a row's two-character indent (ReadingOrder) stays whole
    private static final Pattern HAN_SPACE = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20])[ \\t\\u3000]+(?=[\\p{IsHan}\\p{Alnum}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20])"
                    + "|(?<=[\\p{Alnum}])[ \\t\\u3000]+(?=[\\p{IsHan}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20])");
    private static final Pattern DIGIT_SPACE_IN_COUNT = Pattern.compile(
            "(?<=\\d)[ \\t](?=\\d[\\d \\t]*[年月日号万亿元%个项次件条])");
    private static final Pattern DECIMAL_SPACE = Pattern.compile("(\\d)[ \\t]?([.%．])[ \\t]?(?=\\d|(?<=%))");
    private static final Pattern SPLIT_NUMBER = Pattern.compile("(?<=[\\d.])\\n(?=\\d)(?!\\d{1,2}[、．.](?!\\d))");
    private static final Pattern REN_FOR_RU = Pattern.compile("(?<=[深投纳列融注输介])人");
    private static final Pattern NEI_FOR_MEN = Pattern.compile("(?<=[部专])內");
    private static final String ONE_LIKE = "\\]|丨lI";
    private static final Pattern DATE_WITH_MARKS = Pattern.compile("(?<!\\d)([12][\\d" + ONE_LIKE + "]{3})年[ \\t]?"
            + "([\\d" + ONE_LIKE + "]{1,3})月[ \\t]?([\\d" + ONE_LIKE + "]{1,3})日");
    private static final Pattern ONE_LIKE_MARK = Pattern.compile("[" + ONE_LIKE + "]");

    /** Repairs one page's OCR text. */
    public String repair(String text) {
        String out = PAGE_NUMBER_LINE.matcher(text).replaceAll("");
        out = SPLIT_NUMBER.matcher(out).replaceAll("");
        out = HAN_SPACE.matcher(out).replaceAll("");
        out = DIGIT_SPACE_IN_COUNT.matcher(out).replaceAll("");
        out = DECIMAL_SPACE.matcher(out).replaceAll("$1$2");
        out = REN_FOR_RU.matcher(out).replaceAll("入");
        out = NEI_FOR_MEN.matcher(out).replaceAll("门").replace('內', '内');
        out = PunctuationRepair.repair(out);
        out = dates(out);
        return docNumbers(out);
    }

    private static String docNumbers(String text) {
        Matcher m = DOC_NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String year = m.group(1).replaceAll("[ \\t]", "");
            String number = m.group(2).replaceAll("[ \\t]", "");
            m.appendReplacement(sb, Matcher.quoteReplacement("〔" + year + "〕" + number + "号"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String dates(String text) {
        Matcher m = DATE_WITH_MARKS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String year = dateField(m.group(1), 1000, 2999);
            String month = dateField(m.group(2), 1, 12);
            String day = dateField(m.group(3), 1, 31);
            String replacement = year == null || month == null || day == null ? m.group()
                    : year + "年" + month + "月" + day + "日";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A date field with its one-like marks read as 1, or else dropped; null when neither gives a number in range. */
    private static String dateField(String field, int min, int max) {
        String asOne = ONE_LIKE_MARK.matcher(field).replaceAll("1");
        if (inRange(asOne, min, max)) {
            return asOne;
        }
        String dropped = ONE_LIKE_MARK.matcher(field).replaceAll("");
        return inRange(dropped, min, max) ? dropped : null;
    }

    /** Whether the digits (at most four, as the pattern allows) are a number in range. */
    private static boolean inRange(String digits, int min, int max) {
        if (digits.isEmpty()) {
            return false;
        }
        int value = Integer.parseInt(digits);
        return value >= min && value <= max;
    }
}
