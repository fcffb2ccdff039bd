package org.gongwen.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.gongwen.model.Correction;
import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;
import org.junit.jupiter.api.Test;

/** The schema 1.1 additions (corrections, otherSources) survive JSON, and 1.0 records still read. */
class RecordJsonCorrectionsTest {
    private static final SourceInfo PDF = new SourceInfo("a.pdf", "aa", "pdf", 10, 1,
            List.of(new SourceInfo.PageOrigin(1, "pdfbox", false, -1)));
    private static final SourceInfo SCAN = new SourceInfo("a-scan.pdf", "bb", "pdf", 90, 1,
            List.of(new SourceInfo.PageOrigin(1, "tesseract", false, 0.91)));

    @Test
    void roundTripsCorrectionsAndOtherSources() throws IOException {
        DocumentRecord r = DocumentRecord.builder("正文", PDF).docNumber("银发〔2014〕168号")
                .corrections(List.of(new Correction("docNumber", "银发〔2014〕188号", "银发〔2014〕168号", "applied", null)))
                .otherSources(List.of(SCAN)).build();
        String json = RecordJson.write(r);
        assertThat(json).contains("\"corrections\" : [ {", "\"otherSources\" : [ {");
        assertThat(json.indexOf("\"observations\"")).isLessThan(json.indexOf("\"corrections\""));
        assertThat(RecordJson.read(json)).isEqualTo(r);
    }

    @Test
    void leavesOcrSecondsOutSoThatTwoRunsWriteTheSameBytes() throws IOException {
        SourceInfo timed = new SourceInfo("scan.pdf", "cc", "pdf", 90, 1,
                List.of(new SourceInfo.PageOrigin(1, "paddle", false, 0.99, 3.25)));
        String json = RecordJson.write(DocumentRecord.builder("正文", timed).build());
        assertThat(json).contains("\"reader\" : \"paddle\"", "\"confidence\" : 0.99").doesNotContain("seconds", "3.25");
        assertThat(RecordJson.read(json).source().pages())
                .containsExactly(new SourceInfo.PageOrigin(1, "paddle", false, 0.99, -1));
    }

    @Test
    void readsRecordsWithoutTheNewFields() throws IOException {
        String json = RecordJson.write(DocumentRecord.builder("正文", PDF).build())
                .replaceAll(",\\s*\"corrections\" : \\[ \\],\\s*\"otherSources\" : \\[ \\]", "");
        assertThat(json).doesNotContain("corrections");
        DocumentRecord r = RecordJson.read(json);
        assertThat(r.corrections()).isEmpty();
        assertThat(r.otherSources()).isEmpty();
    }
}
