package org.gongwen.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongwen.model.Correction;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.Entity;
import org.gongwen.model.EntityValue;
import org.gongwen.model.SourceInfo;
import org.junit.jupiter.api.Test;

class ArchiveCheckerTest {
    private final ArchiveChecker checker = new ArchiveChecker();

    private static Entity cite(String type, String text, String value) {
        return new Entity(type, text, 0, text.length(), EntityValue.of(value), null, null, null, List.of(), null);
    }

    @Test
    void listsEveryKindOfProblem() {
        DocumentRecord good = Records.digital("good.pdf", "正文").docNumber("银发〔2014〕168号").title("关于甲的通知")
                .date("2014-06-03").entities(List.of(
                        cite("docnumber", "银发〔2014〕168号", "银发〔2014〕168号"),
                        cite("docnumber", "银发〔2013〕5号", "银发〔2013〕5号"),
                        cite("docnumber", "银办发[2012]9号", "银办发〔2012〕9号"),
                        cite("citation", "《中华人民共和国中国人民银行法》", "中华人民共和国中国人民银行法"),
                        cite("citation", "《关于乙的通知》", "关于乙的通知"),
                        cite("citation", "《关于丙的意见》", "关于丙的意见"))).build();
        DocumentRecord cited = Records.digital("cited.txt", "另一正文").docNumber("银发〔2013〕5号").title("关于乙的通知")
                .date("2013-01-01").build();
        DocumentRecord bare = DocumentRecord.builder("模糊", Records.source("scan.png", "模糊", List.of(
                new SourceInfo.PageOrigin(1, "tesseract", false, 0.55),
                new SourceInfo.PageOrigin(2, "tesseract", false, 0.95),
                new SourceInfo.PageOrigin(3, "none", true, -1)))).docNumber("银发[2014]1号")
                .corrections(List.of(new Correction("date", "2014-01-01", "2014-01-02", "stale", "changed"),
                        new Correction("title", null, "甲", "applied", null))).build();
        DedupResult archive = new DedupResult(List.of(good, cited, bare),
                List.of(new DedupResult.Duplicate("good.pdf", List.of("good-scan.pdf"), "same-document", 0.71)),
                List.of(new DedupResult.Conflict("银发〔2013〕5号", List.of("cited.txt", "x.txt"), 0.12)));
        assertThat(checker.check(archive)).extracting(Finding::file, Finding::code, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cited.txt", "doc-number-conflict", "发文字号 银发〔2013〕5号 is also "
                        + "carried by x.txt, whose text differs (similarity 0.12 at most): one is probably misnumbered"),
                org.assertj.core.groups.Tuple.tuple("good.pdf", "duplicate",
                        "same document (text similarity 0.71) in: good-scan.pdf; this file's text is shown"),
                org.assertj.core.groups.Tuple.tuple("good.pdf", "missing-citation",
                        "cites 银办发〔2012〕9号, which is not in the archive"),
                org.assertj.core.groups.Tuple.tuple("good.pdf", "missing-citation",
                        "cites 《关于丙的意见》, which is not in the archive"),
                org.assertj.core.groups.Tuple.tuple("scan.png", "low-ocr-confidence",
                        "OCR confidence below 0.8 on page 1 (0.55)"),
                org.assertj.core.groups.Tuple.tuple("scan.png", "missing-date", "no 成文日期 found"),
                org.assertj.core.groups.Tuple.tuple("scan.png", "missing-title", "no title found"),
                org.assertj.core.groups.Tuple.tuple("scan.png", "needs-ocr", "no text read from page 3"),
                org.assertj.core.groups.Tuple.tuple("scan.png", "non-canonical-doc-number",
                        "发文字号 \"银发[2014]1号\" is not canonical; canonical form: 银发〔2014〕1号"),
                org.assertj.core.groups.Tuple.tuple("scan.png", "stale-correction", "stale correction of date: changed"),
                org.assertj.core.groups.Tuple.tuple("x.txt", "doc-number-conflict", "发文字号 银发〔2013〕5号 is also "
                        + "carried by cited.txt, whose text differs (similarity 0.12 at most): one is probably misnumbered"));
    }

    @Test
    void missingNumberIsListed() {
        DocumentRecord r = Records.digital("a.txt", "正文").title("关于甲的通知").date("2014-06-03").build();
        assertThat(checker.check(new DedupResult(List.of(r), List.of(), List.of())))
                .containsExactly(new Finding("a.txt", "missing-doc-number", "no 发文字号 found"));
    }
}
