package org.gongwen.ingest;

import org.gongwen.ingest.ocr.OcrMode;
import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TikaExtractorTest {
    private static final String SAMPLE_START = "云南省新时期产业工人队伍建设改革\n工作协调领导小组办公室文件\n\n云产改办〔2022〕16号\n\n"
            + "关于印发王树芬同志在云南省产业工人队伍\n建设改革工作专题研修班上的讲话的通知\n\n各（州）市和省级产业系统公司";
    private final Ingestor ingestor = new Ingestor(OcrMode.OFF);

    @ParameterizedTest
    @ValueSource(strings = {"docx/sample.docx", "doc/sample.doc", "rtf/sample.rtf", "odt/sample.odt"})
    void readsEveryWordProcessorRenderingOfTheSample(String path) {
        Extraction e = ingestor.extract(Fixtures.file(path));
        assertThat(e.problems()).isEmpty();
        assertThat(e.pages()).hasSize(1);
        String text = e.pages().get(0).text();
        assertThat(text).startsWith(SAMPLE_START);
        assertThat(text).contains("\n\n云南省新时期产业工人队伍建设改革\n\n工作协调领导小组办公室\n\n2022年11月21日\n\n"
                + "在云南省产业工人队伍建设改革工作 专题研修班上的讲话\n\n(2022年11月18日)\n\n王树芬\n\n同志们：\n\n");
        assertThat(text).doesNotContain("—  —").doesNotContainPattern("— \\d+ —");
        assertThat(e.pages().get(0).reader()).isEqualTo("tika");
        assertThat(e.source().format()).isEqualTo(path.substring(0, path.indexOf('/')));
    }

    @Test
    void readsAWpsFileThatIsAnOle2WordDocument() {
        Extraction e = ingestor.extract(new SourceFile("通知.wps", Fixtures.bytes("doc/sample.doc")));
        assertThat(e.source().format()).isEqualTo("wps");
        assertThat(e.problems()).isEmpty();
        assertThat(e.pages().get(0).text()).startsWith(SAMPLE_START);
    }

    @Test
    void reportsAWpsFileTikaCannotRead() {
        byte[] ole2Header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1,
                0, 0, 0, 0};
        Extraction e = ingestor.extract(new SourceFile("通知.wps", ole2Header));
        assertThat(e.pages()).isEmpty();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).message()).startsWith("cannot read WPS with Tika (");
    }
}
