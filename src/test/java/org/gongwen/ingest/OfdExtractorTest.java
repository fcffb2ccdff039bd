package org.gongwen.ingest;

import org.gongwen.ingest.ocr.OcrMode;
import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.api.Test;

class OfdExtractorTest {
    private final Ingestor ingestor = new Ingestor(OcrMode.OFF);

    @Test
    void readsTheOfdRenderingOfTheSamplePageByPage() {
        Extraction e = ingestor.extract(Fixtures.file("ofd/sample.ofd"));
        assertThat(e.problems()).isEmpty();
        assertThat(e.source().format()).isEqualTo("ofd");
        assertThat(e.source().pageCount()).isEqualTo(e.pages().size()).isEqualTo(17);
        assertThat(e.pages()).allMatch(p -> p.reader().equals("ofdrw") && !p.needsOcr());
        assertThat(e.pages().get(0).text()).startsWith("\n云南省新时期产业工人队伍建设改革\n工作协调领导小组办公室文件\n\n"
                + "云产改办〔2022〕16号\n\n关于印发王树芬同志在云南省产业工人队伍\n建设改革工作专题研修班上的讲话的通知\n\n"
                + "各（州）市和省级产业系统公司产业工人队伍建设改革工作领\n");
    }

    @Test
    void removesThePageNumbers() {
        Extraction e = ingestor.extract(Fixtures.file("ofd/sample.ofd"));
        for (ExtractedPage page : e.pages()) {
            assertThat(page.text()).doesNotContainPattern("— ?\\d+ ?—");
        }
    }

    @Test
    void reportsABrokenOfd() {
        byte[] bytes = Fixtures.bytes("ofd/sample.ofd");
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 3);
        Extraction e = ingestor.extract(new SourceFile("sample.ofd", truncated));
        assertThat(e.pages()).isEmpty();
        assertThat(e.problems()).extracting(p -> p.code()).containsExactly("unreadable");
        assertThat(e.problems().get(0).message()).startsWith("cannot read OFD: ");
    }
}
