package org.gongwen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordMemoTest {
    @Test
    void remembersWordsAcrossBuildsAndKeepsOnlyTheTextsUsed() {
        List<String> segmented = new ArrayList<>();
        WordMemo first = WordMemo.empty();
        assertThat(first.words("普惠金融", t -> segment(t, segmented))).containsExactly("普惠", "金融");
        assertThat(first.words("技能人才", t -> segment(t, segmented))).containsExactly("技能", "人才");
        assertThat(first.unchanged()).isFalse();

        WordMemo second = WordMemo.read(first.bytes());
        assertThat(second.words("普惠金融", t -> segment(t, segmented))).containsExactly("普惠", "金融");
        assertThat(segmented).containsExactly("普惠金融", "技能人才");
        assertThat(second.unchanged()).isFalse(); // 技能人才 was not used again: it is dropped when saved
        assertThat(WordMemo.read(second.bytes()).words("技能人才", t -> segment(t, segmented)))
                .containsExactly("技能", "人才");
        assertThat(segmented).containsExactly("普惠金融", "技能人才", "技能人才");
    }

    @Test
    void aDamagedMemoIsEmpty() {
        byte[] bytes = WordMemo.empty().bytes();
        bytes[3] = 9;
        List<String> segmented = new ArrayList<>();
        WordMemo.read(bytes).words("普惠金融", t -> segment(t, segmented));
        assertThat(segmented).containsExactly("普惠金融");
        WordMemo.read(new byte[] {0, 0, 0, 1, 0, 0, 0, 5}).words("普惠金融", t -> segment(t, segmented));
        assertThat(segmented).containsExactly("普惠金融", "普惠金融");
    }

    private static List<String> segment(String text, List<String> log) {
        log.add(text);
        return List.of(text.substring(0, 2), text.substring(2));
    }
}
