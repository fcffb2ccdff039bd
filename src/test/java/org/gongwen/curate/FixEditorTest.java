package org.gongwen.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.gongwen.model.Commitment;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
import org.junit.jupiter.api.Test;

class FixEditorTest {
    private static final Entity YEAR = new Entity("figure", "2014年", 3, 8, EntityValue.of(BigDecimal.valueOf(2014)),
            null, "年", null, List.of(), null);
    private static final Commitment C1 = new Commitment("task", "要推动支付系统建设", null, null, null, null, null, null,
            null, null, null, "s1", 0, 9);
    private static final Commitment C2 = new Commitment("task", "要加强监督管理", null, null, null, null, null, null,
            null, null, null, "s1", 10, 17);
    private static final DocumentRecord RECORD = Records.digital("a.pdf", "正文").docNumber("银发〔2014〕188号")
            .date("2014-06-30").entities(List.of(YEAR)).commitments(List.of(C1, C2)).build();

    @Test
    void recordsCanonicalValuesAndWhatExtractionGave() throws FixException {
        Fix fix = new FixEditor(null, RECORD).set("docNumber=银发[2014]168号").set("date=2014年6月3日")
                .set("recipients=人民银行上海总部、各分行").dropEntity("2014年@3").dropCommitment("监督").build();
        assertThat(fix.source()).isEqualTo("a.pdf");
        assertThat(fix.sha256()).isEqualTo(RECORD.source().sha256());
        assertThat(fix.fields()).containsExactly(
                new Fix.FieldFix("docNumber", List.of("银发〔2014〕168号"), List.of("银发〔2014〕188号")),
                new Fix.FieldFix("date", List.of("2014-06-03"), List.of("2014-06-30")),
                new Fix.FieldFix("recipients", List.of("人民银行上海总部", "各分行"), List.of()));
        assertThat(fix.entityDrops()).containsExactly(new Fix.EntityDrop("figure", "2014年", 3));
        assertThat(fix.commitmentDrops()).containsExactly(new Fix.CommitmentDrop("要加强监督管理", 2));
    }

    @Test
    void updatesAnExistingFixAndCanRemoveACorrection() throws FixException {
        Fix first = new FixEditor(null, RECORD).set("docNumber=银发〔2014〕186号").set("title=关于 做好 工作的通知").build();
        Fix second = new FixEditor(first, RECORD).set("docNumber=银发〔2014〕168号").unset("title").build();
        assertThat(second.fields()).containsExactly(
                new Fix.FieldFix("docNumber", List.of("银发〔2014〕168号"), List.of("银发〔2014〕188号")));
        assertThat(first.fields().get(1).value()).containsExactly("关于做好工作的通知");
    }

    @Test
    void badInputGivesOneClearLine() {
        FixEditor editor = new FixEditor(null, RECORD);
        assertThatThrownBy(() -> editor.set("date=2014-13-01"))
                .hasMessage("date: \"2014-13-01\" is not a date (use YYYY-MM-DD, e.g. 2014-06-03)");
        assertThatThrownBy(() -> editor.set("docNumber=第一号文件"))
                .hasMessage("docNumber: \"第一号文件\" is not a 发文字号 (e.g. 银发〔2014〕168号 or 国令第707号)");
        assertThatThrownBy(() -> editor.set("docType=通函")).hasMessageStartingWith("docType: \"通函\" is not a 文种");
        assertThatThrownBy(() -> editor.set("date")).hasMessage("--set date: expected FIELD=VALUE, e.g. date=2014-06-03");
        assertThatThrownBy(() -> editor.set("docNumber=银发〔2014〕188号"))
                .hasMessage("--set docNumber=银发〔2014〕188号: extraction already gives 银发〔2014〕188号; nothing to correct");
        assertThatThrownBy(() -> editor.dropEntity("figure:2015年")).hasMessage("--drop-entity figure:2015年: no such entity in a.pdf");
        assertThatThrownBy(() -> editor.dropEntity("colour:2014年")).hasMessageStartingWith("--drop-entity colour:2014年: expected");
        assertThatThrownBy(() -> editor.dropCommitment("3")).hasMessage("--drop-commitment 3: a.pdf has 2 commitments (numbered from 1)");
        assertThatThrownBy(() -> editor.dropCommitment("要")).hasMessage("--drop-commitment 要: 2 commitments of a.pdf contain this text; give its number or more text");
        assertThatThrownBy(() -> editor.unset("date")).hasMessage("--unset date: a.pdf has no correction of date");
    }
}
