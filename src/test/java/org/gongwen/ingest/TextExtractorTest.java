package org.gongwen.ingest;

import org.gongwen.ingest.ocr.OcrMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.api.Test;

class TextExtractorTest {
    private static final String NOTICE = "中国人民银行关于印发《征信投诉办理规程》的通知\r\n银发〔2024〕1号\r\n\r\n各分行：\r\n";
    private static final String NOTICE_LF = "中国人民银行关于印发《征信投诉办理规程》的通知\n银发〔2024〕1号\n\n各分行：\n";
    private final Ingestor ingestor = new Ingestor(OcrMode.OFF);

    private Extraction read(String name, byte[] bytes) {
        return ingestor.extract(new SourceFile(name, bytes));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void readsTheSampleCorpusText() throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/txt/000_094778415718fb40.txt")) {
            bytes = in.readAllBytes();
        }
        Extraction e = read("000_094778415718fb40.txt", bytes);
        assertThat(e.pages()).hasSize(1);
        assertThat(e.pages().get(0).text()).startsWith("\n\n云南省新时期产业工人队伍建设改革 工作协调领导小组办公室 文件\n\n云产改办〔2022〕16号\n");
        assertThat(e.source().format()).isEqualTo("txt");
        assertThat(e.metadata()).containsEntry("encoding", "UTF-8");
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void utf8WithAndWithoutBomAndCrLf() {
        byte[] plain = NOTICE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertThat(read("a.txt", plain).pages().get(0).text()).isEqualTo(NOTICE_LF);
        assertThat(read("a.txt", bom).pages().get(0).text()).isEqualTo(NOTICE_LF);
    }

    @Test
    void gbkWithoutDeclarationAndOldMacCrLineEnds() {
        Extraction e = read("a.txt", NOTICE.replace("\r\n", "\r").getBytes(Charset.forName("GBK")));
        assertThat(e.pages().get(0).text()).isEqualTo(NOTICE_LF);
        assertThat(e.metadata()).containsEntry("encoding", "GB18030");
    }

    @Test
    void gb18030OnlyCharacters() {
        String rare = "䶮㐀关于𠀀的通知\n";
        assertThat(read("a.txt", rare.getBytes(Charset.forName("GB18030"))).pages().get(0).text()).isEqualTo(rare);
    }

    @Test
    void utf16LittleEndianWithoutBom() {
        Extraction e = read("a.txt", NOTICE.getBytes(StandardCharsets.UTF_16LE));
        assertThat(e.pages().get(0).text()).isEqualTo(NOTICE_LF);
        assertThat(e.metadata()).containsEntry("encoding", "UTF-16LE");
    }

    @Test
    void utf16BigEndianWithoutBomAndWithBom() {
        assertThat(read("a.txt", NOTICE.getBytes(StandardCharsets.UTF_16BE)).pages().get(0).text())
                .isEqualTo(NOTICE_LF);
        assertThat(read("a.md", NOTICE.getBytes(StandardCharsets.UTF_16)).pages().get(0).text()).isEqualTo(NOTICE_LF);
    }

    @Test
    void invalidBytesAreReplacedAndReported() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {'a', (byte) 0xFF, 'b'});
        Extraction e = read("a.txt", bytes);
        assertThat(e.pages().get(0).text()).isEqualTo("a\uFFFDb");
        assertThat(e.problems()).extracting(p -> p.code()).containsExactly("bad-encoding");
    }

    @Test
    void formFeedsSeparatePages() {
        Extraction e = read("a.txt", "第一页\f第二页".getBytes(StandardCharsets.UTF_8));
        assertThat(e.pages()).extracting(p -> p.text()).containsExactly("第一页", "第二页");
        assertThat(e.source().pageCount()).isEqualTo(2);
    }
}
