package org.gongwen.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixFileTest {
    @Test
    void roundTripsEveryKindOfCorrection() throws FixException {
        Fix fix = new Fix("银发2014-168.pdf", "abc123", List.of(
                new Fix.FieldFix("docNumber", List.of("银发〔2014〕168号"), List.of("银发〔2014〕188号")),
                new Fix.FieldFix("recipients", List.of("人民银行上海总部", "各分行"), List.of()),
                new Fix.FieldFix("title", List.of(), null)),
                List.of(new Fix.EntityDrop("figure", "2014年", 35), new Fix.EntityDrop(null, "500万", null)),
                List.of(new Fix.CommitmentDrop("到2025年建成: 体系", 3), new Fix.CommitmentDrop(null, 1)));
        String yaml = FixFile.format(fix);
        assertThat(yaml).startsWith("# Archivist's corrections").contains("source: 银发2014-168.pdf\n")
                .contains("  docNumber:\n    value: 银发〔2014〕168号\n    was: 银发〔2014〕188号\n");
        assertThat(FixFile.parse(yaml, "x")).isEqualTo(fix);
    }

    @Test
    void readsHandWrittenBareValuesInCanonicalForm() throws FixException {
        Fix fix = FixFile.parse("source: a.txt\nset:\n  date: 2014年6月3日\n  docNumber: 银发[2014]168号\n"
                + "  cc: 财政部、审计署\ndropEntities: [500万]\ndropCommitments: [2, 到2025年]\n", "a.txt.fix.yaml");
        assertThat(fix.fields()).containsExactly(new Fix.FieldFix("date", List.of("2014-06-03"), null),
                new Fix.FieldFix("docNumber", List.of("银发〔2014〕168号"), null),
                new Fix.FieldFix("cc", List.of("财政部", "审计署"), null));
        assertThat(fix.entityDrops()).containsExactly(new Fix.EntityDrop(null, "500万", null));
        assertThat(fix.commitmentDrops()).containsExactly(new Fix.CommitmentDrop(null, 2),
                new Fix.CommitmentDrop("到2025年", null));
    }

    @Test
    void readsTheShortestHandWrittenForm() throws FixException {
        Fix fix = FixFile.parse("docNumber: 银发〔2014〕168号\n", "corpus/a.txt.fix.yaml");
        assertThat(fix.source()).isEqualTo("a.txt");
        assertThat(fix.fields()).containsExactly(new Fix.FieldFix("docNumber", List.of("银发〔2014〕168号"), null));
    }

    @Test
    void badFilesGiveOneLineNamingTheFile() {
        assertThatThrownBy(() -> FixFile.parse("source: a.txt\nset:\n  date: 2014-02-30\n", "corpus/a.txt.fix.yaml"))
                .isInstanceOf(FixException.class)
                .hasMessage("corpus/a.txt.fix.yaml: date: \"2014-02-30\" is not a date (use YYYY-MM-DD, e.g. 2014-06-03)");
        assertThatThrownBy(() -> FixFile.parse("set:\n  date: 2014-02-03\n", "f")).hasMessage("f: source: missing");
        assertThatThrownBy(() -> FixFile.parse("source: a\ncolour: red\n", "f"))
                .hasMessageStartingWith("f: \"colour\" is not a correctable field");
        assertThatThrownBy(() -> FixFile.parse("source: a\nset:\n  colour: red\n", "f"))
                .hasMessageStartingWith("f: \"colour\" is not a correctable field (one of docNumber, title, date,");
        assertThatThrownBy(() -> FixFile.parse("source: [a\n", "f")).hasMessageStartingWith("f: not valid YAML:");
        assertThatThrownBy(() -> FixFile.parse("", "f")).hasMessage("f: empty");
    }

    @Test
    void sidecarSitsNextToItsSource() {
        Path sidecar = FixFile.sidecarOf(Path.of("corpus", "pbc", "a.pdf"));
        assertThat(sidecar).isEqualTo(Path.of("corpus", "pbc", "a.pdf.fix.yaml"));
        assertThat(FixFile.isSidecar(sidecar)).isTrue();
        assertThat(FixFile.isSidecar(Path.of("a.pdf"))).isFalse();
    }
}
