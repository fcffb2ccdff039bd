package org.gongwen.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of government text for fuzz tests: real sentences of 公文 (the corpus sample and a PBoC notice),
 * mutated by inserting, deleting and replacing characters with what breaks text code: Han characters, digits of every
 * form (ASCII, full-width, 〇一二…万亿, ①Ⅻ㈠), brackets (〔〕［］（）【】《》), full-width forms, zero-width and
 * direction marks, lone and paired surrogates, control characters and characters NFKC expands (㍿ ﷺ ㈱).
 */
public final class GovernmentText {
    private static final List<String> SENTENCES = loadSentences();

    /** Characters that text code trips on, grouped so each group is picked about equally often. */
    private static final List<String> NASTY = List.of(
            "关于印发通知办法规定国务院中国人民银行办公厅省市县年月日号第条款项万亿元人百分点以上不低于",
            "0123456789０１２３４５６７８９〇一二三四五六七八九十百千万亿零壹贰叁肆伍陆柒捌玖拾佰仟两",
            "①②⑩⑳ⅠⅡⅫⅻ㈠㈩⒈⒛",
            "〔〕［］[]()（）【】《》〈〉「」『』“”‘’\"'<>&",
            "，。、；：？！．·—－～…%％‰+＋-−.．/／",
            "\u200b\u200c\u200d\ufeff\u2060\u00ad\u202e\u202d\u200e\u200f\u3000\u00a0\u2028\u2029",
            "\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u001f\u007f\u0085\ufffd\ufffe\uffff",
            "\ud800\udbff\udc00\udfff",
            "㍿ﷺ㈱㎏㎡℃№™ﬁ\u0301\u0308\u20dd",
            "𠀀𪚥𝟐𝟗😀🇨🇳");

    private GovernmentText() {
    }

    /** The real sentences the mutations start from. */
    public static List<String> sentences() {
        return SENTENCES;
    }

    /** A real sentence (or a few joined), mutated 0–8 times. */
    public static Arbitrary<String> mutated() {
        Arbitrary<String> base = Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(4)
                .map(lines -> String.join("\n", lines));
        return Combinators.combine(base, mutation().list().ofMaxSize(8)).as(GovernmentText::apply);
    }

    /** Mutated government text, purely random strings of any chars, and strings of only the nasty characters. */
    public static Arbitrary<String> any() {
        Arbitrary<String> nastyOnly = nastyChar().list().ofMaxSize(60).map(parts -> String.join("", parts));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, mutated()),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(200)),
                net.jqwik.api.Tuple.of(2, nastyOnly));
    }

    private static Arbitrary<String> nastyChar() {
        return Arbitraries.of(NASTY).flatMap(group -> Arbitraries.of(codePointsOf(group)));
    }

    private static List<String> codePointsOf(String group) {
        List<String> chars = new ArrayList<>();
        for (int i = 0; i < group.length(); ) {
            // lone surrogates are single chars; a valid pair is one code point
            int cp = group.codePointAt(i);
            int len = Character.charCount(cp);
            chars.add(group.substring(i, i + len));
            i += len;
        }
        return chars;
    }

    private record Mutation(int kind, double where, String chars) {
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<String> chars = nastyChar().list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1), chars)
                .as(Mutation::new);
    }

    private static String apply(String text, List<Mutation> mutations) {
        StringBuilder sb = new StringBuilder(text);
        for (Mutation m : mutations) {
            int at = (int) (m.where() * sb.length());
            int end = Math.min(sb.length(), at + m.chars().length());
            switch (m.kind()) {
                case 0 -> sb.insert(at, m.chars());
                case 1 -> sb.delete(at, end);
                default -> sb.replace(at, end, m.chars());
            }
        }
        return sb.toString();
    }

    private static List<String> loadSentences() {
        List<String> sentences = new ArrayList<>();
        for (String name : List.of("sample-yunchangaiban-2022-16.txt", "pbc-yinbanfa-2017-118.txt")) {
            try (InputStream in = GovernmentText.class.getResourceAsStream("/fixtures/hostile/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing fixture " + name);
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).forEach(sentences::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(sentences);
    }
}
