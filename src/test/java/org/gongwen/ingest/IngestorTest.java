package org.gongwen.ingest;

import org.gongwen.ingest.ocr.OcrMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.gongwen.model.Extraction;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.gongwen.model.SourceInfo;
import org.junit.jupiter.api.Test;

class IngestorTest {
    private final Ingestor ingestor = new Ingestor(OcrMode.OFF);

    @Test
    void fillsTheSourceInfo() {
        byte[] bytes = "关于印发的通知\n".getBytes(StandardCharsets.UTF_8);
        Extraction e = ingestor.extract(new SourceFile("通知.txt", bytes));
        assertThat(e.source()).isEqualTo(new SourceInfo("通知.txt", Hashes.sha256(bytes), "txt", bytes.length, 1,
                java.util.List.of(new SourceInfo.PageOrigin(1, "text", false, -1))));
    }

    @Test
    void readsAMisnamedFileByItsContentAndSaysSo() {
        Extraction e = ingestor.extract(new SourceFile("sample.pdf", Fixtures.bytes("docx/sample.docx")));
        assertThat(e.source().format()).isEqualTo("docx");
        assertThat(e.pages().get(0).text()).startsWith("云南省新时期产业工人队伍建设改革");
        assertThat(e.problems()).containsExactly(Problem.of("ingest", "misnamed-file",
                "named .pdf but the content is a DOCX file; read it as DOCX"));
    }

    @Test
    void readsAnHtmlPageSavedAsTxt() {
        byte[] page = "<!DOCTYPE html><html><body><div id='zoom'><p>各分行：</p></div></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        Extraction e = ingestor.extract(new SourceFile("page.txt", page));
        assertThat(e.source().format()).isEqualTo("html");
        assertThat(e.pages().get(0).text()).isEqualTo("各分行：");
    }

    @Test
    void reportsAnUnknownFormat() {
        Extraction e = ingestor.extract(new SourceFile("表格.xlsx", new byte[] {1, 2, 3}));
        assertThat(e.pages()).isEmpty();
        assertThat(e.source().format()).isEqualTo("xlsx");
        assertThat(e.problems()).containsExactly(Problem.of("ingest", "unsupported-format", "no reader for .xlsx files"));
    }

    @Test
    void reportsAnEmptyPdf() {
        Extraction e = ingestor.extract(new SourceFile("empty.pdf", new byte[0]));
        assertThat(e.problems()).containsExactly(Problem.of("ingest", "not-pdf", "not a PDF: is empty"));
    }
}
