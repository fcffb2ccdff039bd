package org.gongwen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordMemoTest {
    @Test
    void remembersPostingsAcrossBuildsAndKeepsOnlyTheTextsUsed() {
        List<String> computed = new ArrayList<>();
        WordMemo first = WordMemo.empty();
        DocumentPostings a = Memos.postings(first, "普惠金融", t -> compute(t, computed));
        Memos.postings(first, "技能人才", t -> compute(t, computed));
        assertThat(first.unchanged()).isFalse();

        WordMemo second = Memos.read(Memos.bytes(first));
        DocumentPostings again = Memos.postings(second, "普惠金融", t -> compute(t, computed));
        assertThat(computed).containsExactly("普惠金融", "技能人才");
        assertThat(again.part(DocumentPostings.WORDS).words()).containsExactly("普惠", "金融");
        assertThat(again.part(DocumentPostings.BIGRAMS).codes()).isEqualTo(a.part(DocumentPostings.BIGRAMS).codes());
        assertThat(again.part(DocumentPostings.BIGRAMS).data()).isEqualTo(a.part(DocumentPostings.BIGRAMS).data());
        assertThat(again.part(DocumentPostings.CHARS).ends()).isEqualTo(a.part(DocumentPostings.CHARS).ends());
        assertThat(second.unchanged()).isFalse(); // 技能人才 was not used again: it is dropped when saved
        WordMemo third = Memos.read(Memos.bytes(second));
        Memos.postings(third, "普惠金融", t -> compute(t, computed));
        assertThat(third.unchanged()).isTrue();
        Memos.postings(third, "技能人才", t -> compute(t, computed));
        assertThat(computed).containsExactly("普惠金融", "技能人才", "技能人才");
    }

    @Test
    void theNextBuildOfAProcessTakesSearchableTextsItsPreviousBuildMade() {
        WordMemo first = WordMemo.empty();
        String text = "各单位：现将有关事项通知如下。";
        WordMemo.Searchable made = first.searchable("银发〔2014〕168号", "通知", text);
        assertThat(made.text()).isEqualTo(SearchText.searchable("银发〔2014〕168号", "通知", text));
        assertThat(made.sha256()).isEqualTo(WordMemo.sha256(made.text()));

        WordMemo next = first.next();
        assertThat(next.searchable("银发〔2014〕168号", "通知", text)).isSameAs(made);
        assertThat(next.searchable(null, "通知", text)).isNotSameAs(made)
                .isEqualTo(WordMemo.empty().searchable(null, "通知", text));
        // only what a build used is carried to the next one: a build that did not ask for it drops it
        WordMemo idle = next.next();
        assertThat(idle.next().searchable("银发〔2014〕168号", "通知", text)).isNotSameAs(made).isEqualTo(made);
    }

    @Test
    void theSameMemoPacksToTheSameBytes() {
        WordMemo memo = WordMemo.empty();
        Memos.postings(memo, "技能人才", t -> compute(t, new ArrayList<>()));
        Memos.postings(memo, "普惠金融", t -> compute(t, new ArrayList<>()));
        WordMemo reread = Memos.read(Memos.bytes(memo));
        Memos.postings(reread, "普惠金融", t -> compute(t, new ArrayList<>()));
        Memos.postings(reread, "技能人才", t -> compute(t, new ArrayList<>()));
        assertThat(Memos.bytes(reread)).isEqualTo(Memos.bytes(memo));
    }

    @Test
    void aMemoAfterAHeaderIsReadInPlace() {
        WordMemo memo = WordMemo.empty();
        Memos.postings(memo, "普惠金融", t -> compute(t, new ArrayList<>()));
        byte[] header = "v1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] blob = Memos.bytes(memo);
        byte[] headed = memo.bytes(header);
        assertThat(java.util.Arrays.copyOfRange(headed, header.length, headed.length)).isEqualTo(blob);
        assertThat(java.util.Arrays.copyOf(headed, header.length)).isEqualTo(header);
        List<String> computed = new ArrayList<>();
        WordMemo reread = WordMemo.read(headed, header.length);
        Memos.postings(reread, "普惠金融", t -> compute(t, computed));
        assertThat(computed).isEmpty();
        assertThat(Memos.bytes(reread)).isEqualTo(blob);
        headed[headed.length - 1] ^= 0x10;
        Memos.postings(WordMemo.read(headed, header.length), "普惠金融", t -> compute(t, computed));
        Memos.postings(WordMemo.read(headed, headed.length + 1), "普惠金融", t -> compute(t, computed));
        assertThat(computed).hasSize(2);
    }

    @Test
    void aDamagedMemoIsEmpty() {
        WordMemo memo = WordMemo.empty();
        Memos.postings(memo, "普惠金融", t -> compute(t, new ArrayList<>()));
        byte[] good = Memos.bytes(memo);
        List<String> computed = new ArrayList<>();
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x10; // any flipped bit: the format, the checksum or the content
            Memos.postings(Memos.read(bad), "普惠金融", t -> compute(t, computed));
        }
        assertThat(computed).hasSize(good.length);
        computed.clear();
        Memos.postings(Memos.read(java.util.Arrays.copyOf(good, good.length - 1)), "普惠金融",
                t -> compute(t, computed));
        Memos.postings(Memos.read(new byte[] {0, 0, 0, 1, 0, 0, 0, 5}), "普惠金融", t -> compute(t, computed));
        Memos.postings(Memos.read(new byte[0]), "普惠金融", t -> compute(t, computed));
        assertThat(computed).hasSize(3);
    }

    private static DocumentPostings compute(String text, List<String> log) {
        log.add(text);
        return DocumentPostings.of(text, List.of(text.substring(0, 2), text.substring(2)));
    }
}
