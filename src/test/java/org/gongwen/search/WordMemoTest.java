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
        DocumentPostings a = first.postings("普惠金融", t -> compute(t, computed));
        first.postings("技能人才", t -> compute(t, computed));
        assertThat(first.unchanged()).isFalse();

        WordMemo second = WordMemo.read(first.bytes());
        DocumentPostings again = second.postings("普惠金融", t -> compute(t, computed));
        assertThat(computed).containsExactly("普惠金融", "技能人才");
        assertThat(again.part(DocumentPostings.WORDS).words()).containsExactly("普惠", "金融");
        assertThat(again.part(DocumentPostings.BIGRAMS).codes()).isEqualTo(a.part(DocumentPostings.BIGRAMS).codes());
        assertThat(again.part(DocumentPostings.BIGRAMS).data()).isEqualTo(a.part(DocumentPostings.BIGRAMS).data());
        assertThat(again.part(DocumentPostings.CHARS).ends()).isEqualTo(a.part(DocumentPostings.CHARS).ends());
        assertThat(second.unchanged()).isFalse(); // 技能人才 was not used again: it is dropped when saved
        WordMemo third = WordMemo.read(second.bytes());
        third.postings("普惠金融", t -> compute(t, computed));
        assertThat(third.unchanged()).isTrue();
        third.postings("技能人才", t -> compute(t, computed));
        assertThat(computed).containsExactly("普惠金融", "技能人才", "技能人才");
    }

    @Test
    void theSameMemoPacksToTheSameBytes() {
        WordMemo memo = WordMemo.empty();
        memo.postings("技能人才", t -> compute(t, new ArrayList<>()));
        memo.postings("普惠金融", t -> compute(t, new ArrayList<>()));
        WordMemo reread = WordMemo.read(memo.bytes());
        reread.postings("普惠金融", t -> compute(t, new ArrayList<>()));
        reread.postings("技能人才", t -> compute(t, new ArrayList<>()));
        assertThat(reread.bytes()).isEqualTo(memo.bytes());
    }

    @Test
    void aMemoAfterAHeaderIsReadInPlace() {
        WordMemo memo = WordMemo.empty();
        memo.postings("普惠金融", t -> compute(t, new ArrayList<>()));
        byte[] header = "v1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] blob = memo.bytes();
        byte[] headed = memo.bytes(header);
        assertThat(java.util.Arrays.copyOfRange(headed, header.length, headed.length)).isEqualTo(blob);
        assertThat(java.util.Arrays.copyOf(headed, header.length)).isEqualTo(header);
        List<String> computed = new ArrayList<>();
        WordMemo reread = WordMemo.read(headed, header.length);
        reread.postings("普惠金融", t -> compute(t, computed));
        assertThat(computed).isEmpty();
        assertThat(reread.bytes()).isEqualTo(blob);
        headed[headed.length - 1] ^= 0x10;
        WordMemo.read(headed, header.length).postings("普惠金融", t -> compute(t, computed));
        WordMemo.read(headed, headed.length + 1).postings("普惠金融", t -> compute(t, computed));
        assertThat(computed).hasSize(2);
    }

    @Test
    void aDamagedMemoIsEmpty() {
        WordMemo memo = WordMemo.empty();
        memo.postings("普惠金融", t -> compute(t, new ArrayList<>()));
        byte[] good = memo.bytes();
        List<String> computed = new ArrayList<>();
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x10; // any flipped bit: the format, the checksum or the content
            WordMemo.read(bad).postings("普惠金融", t -> compute(t, computed));
        }
        assertThat(computed).hasSize(good.length);
        computed.clear();
        WordMemo.read(java.util.Arrays.copyOf(good, good.length - 1)).postings("普惠金融", t -> compute(t, computed));
        WordMemo.read(new byte[] {0, 0, 0, 1, 0, 0, 0, 5}).postings("普惠金融", t -> compute(t, computed));
        WordMemo.read(new byte[0]).postings("普惠金融", t -> compute(t, computed));
        assertThat(computed).hasSize(3);
    }

    private static DocumentPostings compute(String text, List<String> log) {
        log.add(text);
        return DocumentPostings.of(text, List.of(text.substring(0, 2), text.substring(2)));
    }
}
