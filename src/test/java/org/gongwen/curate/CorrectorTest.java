package org.gongwen.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongwen.model.Commitment;
import org.gongwen.model.Correction;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
import org.junit.jupiter.api.Test;

class CorrectorTest {
    private static final String TEXT = "银发〔2014〕188号\n到2025年，全省技能人才总量达到500万人以上。";
    private static final Entity YEAR = new Entity("figure", "2025年", 12, 17, EntityValue.of(BigDecimal.valueOf(2025)),
            null, "年", null, List.of(), null);
    private static final Entity PEOPLE = new Entity("figure", "500万人", 27, 32,
            EntityValue.of(BigDecimal.valueOf(5_000_000)), null, "人", ">=", List.of(), null);
    private static final Commitment TARGET = new Commitment("target", "到2025年，全省技能人才总量达到500万人以上", "技能人才总量",
            "全省", ">=", BigDecimal.valueOf(5_000_000), null, "人", "2025", null, null, "s0", 12, 36);
    private static final Commitment FALSE = new Commitment("task", "银发", null, null, null, null, null, null, null,
            null, null, "s0", 0, 2);

    private final Corrector corrector = new Corrector();

    private static DocumentRecord extracted(String docNumber) {
        return Records.digital("a.pdf", TEXT).docNumber(docNumber).date("2014-06-30")
                .recipients(List.of("人民银行上海总部")).entities(List.of(YEAR, PEOPLE))
                .commitments(List.of(FALSE, TARGET)).build();
    }

    private static Fix fix(DocumentRecord r, List<Fix.FieldFix> fields) {
        return new Fix("a.pdf", r.source().sha256(), fields, List.of(), List.of());
    }

    @Test
    void overridesFieldsAndKeepsBothValues() {
        DocumentRecord r = extracted("银发〔2014〕188号");
        DocumentRecord fixed = corrector.apply(r, fix(r, List.of(
                new Fix.FieldFix("docNumber", List.of("银发〔2014〕168号"), List.of("银发〔2014〕188号")),
                new Fix.FieldFix("recipients", List.of("人民银行上海总部", "各分行"), List.of("人民银行上海总部")),
                new Fix.FieldFix("date", List.of(), List.of("2014-06-30")))));
        assertThat(fixed.docNumber()).isEqualTo("银发〔2014〕168号");
        assertThat(fixed.recipients()).containsExactly("人民银行上海总部", "各分行");
        assertThat(fixed.date()).isNull();
        assertThat(fixed.text()).isEqualTo(r.text());
        assertThat(fixed.corrections()).containsExactly(
                new Correction("docNumber", "银发〔2014〕188号", "银发〔2014〕168号", "applied", null),
                new Correction("recipients", "人民银行上海总部", "人民银行上海总部、各分行", "applied", null),
                new Correction("date", "2014-06-30", null, "applied", null));
    }

    @Test
    void staleCorrectionIsAppliedAndFlagged() {
        DocumentRecord r = extracted("银发〔2014〕186号");
        DocumentRecord fixed = corrector.apply(r, fix(r, List.of(
                new Fix.FieldFix("docNumber", List.of("银发〔2014〕168号"), List.of("银发〔2014〕188号")))));
        assertThat(fixed.docNumber()).isEqualTo("银发〔2014〕168号");
        Correction c = fixed.corrections().get(0);
        assertThat(c.status()).isEqualTo(Correction.STALE);
        assertThat(c.needsReview()).isTrue();
        assertThat(c.message()).isEqualTo("extraction gave \"银发〔2014〕188号\" when the fix was written and gives "
                + "\"银发〔2014〕186号\" now; the correction \"银发〔2014〕168号\" is still applied: check it");
    }

    @Test
    void correctionThatExtractionCaughtUpWithIsRedundant() {
        DocumentRecord r = extracted("银发〔2014〕168号");
        DocumentRecord fixed = corrector.apply(r, fix(r, List.of(
                new Fix.FieldFix("docNumber", List.of("银发〔2014〕168号"), List.of("银发〔2014〕188号")))));
        assertThat(fixed.corrections().get(0).status()).isEqualTo(Correction.REDUNDANT);
    }

    @Test
    void dropsFalseEntitiesAndCommitmentsAndReportsMissingOnes() {
        DocumentRecord r = extracted("银发〔2014〕188号");
        Fix fix = new Fix("a.pdf", r.source().sha256(), List.of(),
                List.of(new Fix.EntityDrop("figure", "2025年", 12), new Fix.EntityDrop(null, "600万人", null)),
                List.of(new Fix.CommitmentDrop("银发", 1), new Fix.CommitmentDrop(null, 7)));
        DocumentRecord fixed = corrector.apply(r, fix);
        assertThat(fixed.entities()).containsExactly(PEOPLE);
        assertThat(fixed.commitments()).containsExactly(TARGET);
        assertThat(fixed.corrections()).extracting(Correction::field, Correction::extracted, Correction::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("entity", "figure:2025年@12", "applied"),
                        org.assertj.core.groups.Tuple.tuple("entity", null, "missing"),
                        org.assertj.core.groups.Tuple.tuple("commitment", "银发", "applied"),
                        org.assertj.core.groups.Tuple.tuple("commitment", null, "missing"));
        assertThat(fixed.corrections().get(1).message())
                .isEqualTo("no entity 600万人 is extracted any more; nothing was dropped");
    }

    @Test
    void commitmentThatMovedIsDroppedByTextAndFlagged() {
        DocumentRecord r = extracted("x").withCommitments(List.of(TARGET, FALSE), List.of());
        DocumentRecord fixed = corrector.apply(r, new Fix("a.pdf", null, List.of(), List.of(),
                List.of(new Fix.CommitmentDrop("银发", 1))));
        assertThat(fixed.commitments()).containsExactly(TARGET);
        assertThat(fixed.corrections().get(0).status()).isEqualTo(Correction.STALE);
    }

    @Test
    void fixWrittenForOtherBytesIsFlagged() {
        DocumentRecord r = extracted("银发〔2014〕188号");
        DocumentRecord fixed = corrector.apply(r, new Fix("a.pdf", "0123456789abcdef", List.of(), List.of(),
                List.of()));
        assertThat(fixed.corrections()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("source");
            assertThat(c.status()).isEqualTo("stale");
        });
    }

    @Test
    void noFixLeavesTheRecordAlone() {
        DocumentRecord r = extracted("银发〔2014〕188号");
        assertThat(corrector.apply(r, null)).isSameAs(r);
        assertThat(corrector.apply(r, Fix.empty("a.pdf", null))).isSameAs(r);
    }
}
