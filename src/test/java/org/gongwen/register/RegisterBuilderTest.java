package org.gongwen.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.model.DocRef;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Register;
import org.junit.jupiter.api.Test;

class RegisterBuilderTest {

    static List<RegisterBuilder.Input> inputs() throws Exception {
        DocumentRecord sample = Records.extracted("sample.txt", Records.fixture("000_094778415718fb40.txt"),
                "2022-11-21");
        DocumentRecord later = Records.extracted("later.txt", "2024年，全省技能人才总量达到480万人。", "2025-01-15");
        return List.of(
                new RegisterBuilder.Input(new DocRef("doc-b", "云产改办〔2022〕16号", "关于印发…的通知", "2022-11-21",
                        "sample.txt"), sample),
                new RegisterBuilder.Input(new DocRef("doc-a", null, "2025年工作报告", "2025-01-15", "later.txt"),
                        later));
    }

    @Test
    void linksObservationsToTheTargetOfTheSameMetric() throws Exception {
        Register register = new RegisterBuilder().build(inputs());
        Register.Entry skills = register.entries().stream()
                .filter(e -> "技能人才总量".equals(e.commitment().metric())).findFirst().orElseThrow();
        assertThat(skills.progress()).extracting(p -> p.observation().value().toPlainString() + " "
                + p.ratio().toPlainString() + " " + p.doc().id())
                .containsExactly("4280000 0.856 doc-b", "4800000 0.960 doc-a");
        Register.Entry highSkills = register.entries().stream()
                .filter(e -> "高技能人才总量".equals(e.commitment().metric())).findFirst().orElseThrow();
        assertThat(highSkills.progress()).extracting(p -> p.observation().value().toPlainString())
                .containsExactly("1357000");
    }

    @Test
    void orderIsStableWhateverTheInputOrder() throws Exception {
        List<RegisterBuilder.Input> reversed = new ArrayList<>(inputs());
        java.util.Collections.reverse(reversed);
        Register a = new RegisterBuilder().build(inputs());
        Register b = new RegisterBuilder().build(reversed);
        assertThat(b).isEqualTo(a);
        assertThat(a.entries()).extracting(Register.Entry::id).startsWith("doc-b#1", "doc-b#2");
        assertThat(a.entries()).hasSize(14); // 12 targets and 2 tasks of the sample
    }
}
