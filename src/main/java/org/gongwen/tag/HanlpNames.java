package org.gongwen.tag;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;

/**
 * HanLP (portable-1.8.6) person and organisation recognition, run only on sentences that hold a cue (a title, a role
 * noun, an organ suffix) and filtered hard: on this genre HanLP alone tags "前增加28.4万人" as an organisation and many
 * phrases as persons. A person must pass {@link PersonTagger#isPlausibleName} and stand next to a cue ("产业工人郑志明");
 * an organisation must end in an organ word and hold 4 to 20 characters. HanLP loads once per JVM, on first use.
 */
final class HanlpNames {
    private static final Pattern SENTENCE = Pattern.compile("[^。！？；\\n]+");
    private static final Pattern PERSON_CUE = Pattern.compile("同志|书记|省长|市长|县长|主席|主任|部长|厅长|局长|代表|工人|劳模|"
            + "工匠|院士|教授|先生|女士|职工|技师|能手|状元");
    private static final Pattern ORG_CUE = Pattern.compile("委员会|办公室|领导小组|协调小组|集团|公司|银行|协会|联合会|研究院|"
            + "中心|大学|学院");
    private static final Pattern ORG_END = Pattern.compile("(委员会|办公室|领导小组|协调小组|小组|集团|有限公司|公司|银行|"
            + "协会|联合会|研究院|中心|大学|学院|局|厅|委|署|部|院|会)$");

    /** Organisations HanLP finds are kept only when complete: opening with a level or a place. */
    private static final Pattern ORG_START = Pattern.compile("^(全国|中国|国家|中华|中央|(?!省级|市级|县级)[省市县]|"
            + "[\\p{IsHan}]{2,4}(省|市|县|自治区|自治州))");

    private HanlpNames() {
    }

    /** Loads HanLP and the gazetteer into its custom dictionary on first use (thread-safe holder idiom). */
    private static final class Holder {
        static final Segment SEGMENT = build();

        private static Segment build() {
            Gazetteer.get().forEachName((name, kind) ->
                    CustomDictionary.add(name, (kind == Gazetteer.Kind.PLACE ? "ns" : "nt") + " 1000"));
            return HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(true)
                    .enablePlaceRecognize(false).enableOffset(true);
        }
    }

    static void tag(String text, Claims claims, List<Entity> out) {
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String sentence = m.group();
            boolean persons = PERSON_CUE.matcher(sentence).find();
            boolean orgs = ORG_CUE.matcher(sentence).find();
            if (persons || orgs) {
                tagSentence(text, m.start(), sentence, persons, orgs, claims, out);
            }
        }
    }

    private static void tagSentence(String text, int base, String sentence, boolean persons, boolean orgs,
                                    Claims claims, List<Entity> out) {
        List<Term> terms;
        synchronized (Holder.SEGMENT) {
            terms = Holder.SEGMENT.seg(sentence);
        }
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            String nature = term.nature == null ? "" : term.nature.toString();
            int start = base + term.offset;
            int end = start + term.word.length();
            if (end > text.length() || !claims.isFree(start, end)) {
                continue;
            }
            if (persons && nature.startsWith("nr") && PersonTagger.isPlausibleName(term.word)
                    && nextToCue(terms, i)) {
                add("person", text, start, end, claims, out);
            } else if (orgs && nature.equals("nt") && term.word.length() >= 6 && term.word.length() <= 30
                    && ORG_END.matcher(term.word).find() && ORG_START.matcher(term.word).find()) {
                add("org", text, start, end, claims, out);
            }
        }
    }

    private static boolean nextToCue(List<Term> terms, int i) {
        return (i > 0 && PERSON_CUE.matcher(terms.get(i - 1).word).find())
                || (i + 1 < terms.size() && PERSON_CUE.matcher(terms.get(i + 1).word).find());
    }

    private static void add(String type, String text, int start, int end, Claims claims, List<Entity> out) {
        String surface = text.substring(start, end);
        out.add(new Entity(type, surface, start, end, EntityValue.of(surface), null, null, null, List.of("hanlp"),
                null));
        claims.claim(start, end);
    }
}
