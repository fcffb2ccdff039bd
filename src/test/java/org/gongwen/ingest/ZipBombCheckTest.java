package org.gongwen.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.api.Test;

class ZipBombCheckTest {
    @Test
    void aDocxExpandingAThousandTimesIsRefusedBeforeParsing() throws IOException {
        byte[] bomb = zip("word/document.xml", new byte[64 << 20]); // 64 MB of zeros in about 64 KB

        assertThatThrownBy(() -> ZipBombCheck.check(bomb)).isInstanceOf(IOException.class)
                .hasMessage("zip bomb: word/document.xml expands to more than 100 times the file's size; not read");
        assertThatThrownBy(() -> new TikaExtractor().extract(new SourceFile("通知.docx", bomb)))
                .hasMessage("zip bomb: word/document.xml expands to more than 100 times the file's size; not read");
    }

    @Test
    void ordinaryPackagesAndTruncatedOnesAreLeftToTheParser() throws IOException {
        byte[] ordinary = zip("word/document.xml", "<w:t>关于做好工作的通知</w:t>".repeat(2000)
                .getBytes(StandardCharsets.UTF_8));
        assertThatCode(() -> ZipBombCheck.check(ordinary)).doesNotThrowAnyException();
        assertThatCode(() -> ZipBombCheck.check(Arrays.copyOf(ordinary, ordinary.length / 2)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ZipBombCheck.check("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .doesNotThrowAnyException();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
