package org.gongwen.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HocrReaderTest {
    @Test
    void readsLinesWithBoxesJoinedWordsAndMeanConfidence() {
        String hocr = """
                <div class='ocr_page' title='bbox 0 0 2480 3508'>
                 <span class='ocr_line' title='bbox 100 200 700 260; baseline 0 -5'>
                  <span class='ocrx_word' title='bbox 100 200 300 260; x_wconf 90'>云产改办</span>
                  <span class='ocrx_word' title='bbox 320 200 500 260; x_wconf 70'>〔2022〕</span>
                  <span class='ocrx_word' title='bbox 520 200 700 260; x_wconf 80'>16号</span>
                 </span>
                 <span class='ocr_header' title='bbox 100 300 900 360'>
                  <span class='ocrx_word' title='bbox 100 300 400 360; x_wconf 96'>Windows</span>
                  <span class='ocrx_word' title='bbox 420 300 900 360; x_wconf 94'>Server</span>
                 </span>
                </div>""";
        List<OcrLine> lines = HocrReader.lines(hocr);
        assertThat(lines).hasSize(2);
        OcrLine first = lines.get(0);
        assertThat(List.of(first.text(), first.x(), first.y(), first.width(), first.height()))
                .containsExactly("云产改办〔2022〕16号", 100, 200, 600, 60);
        assertThat(first.confidence()).isCloseTo(0.8, within(1e-9));
        assertThat(lines.get(1).text()).isEqualTo("Windows Server");
        assertThat(lines.get(1).confidence()).isCloseTo(0.95, within(1e-9));
    }
}
