package org.gongwen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.gongwen.model.Problem;
import org.gongwen.model.SourceFile;
import org.junit.jupiter.api.Test;

class FormatCheckTest {
    private static SourceFile file(String name, byte[] bytes) {
        return new SourceFile(name, bytes);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aWordFileNamedPdfIsNotAPdf() {
        assertThat(FormatCheck.mismatch(file("通知.pdf", ascii("PK\u0003\u0004rest of the zip"))))
                .isEqualTo(Problem.of("ingest", "wrong-format", "not a PDF: starts with PK (a zip file?)"));
    }

    @Test
    void randomBytesNamedPdfAreReportedByTheirFirstBytes() {
        assertThat(FormatCheck.mismatch(file("报告.PDF", new byte[] {(byte) 0x9C, 0x01, 0x7F, 0x00, 0x42})).message())
                .isEqualTo("not a PDF: starts with 9C 01 7F 00 (not a known document format)");
    }

    @Test
    void aPdfNamedDocxAndAnHtmlPageNamedDocAreNamed() {
        assertThat(FormatCheck.mismatch(file("通知.docx", ascii("%PDF-1.7\n"))).message())
                .isEqualTo("not a zip-based document (docx, odt, ofd): starts with %PDF (a PDF?)");
        assertThat(FormatCheck.mismatch(file("通知.doc", ascii("\n  <html><body>通知</body></html>"))).message())
                .isEqualTo("not a Word 97–2003 or WPS file: starts with < (an HTML or XML file?)");
    }

    @Test
    void anEmptyFileIsEmptyWhateverItsName() {
        assertThat(FormatCheck.mismatch(file("空.txt", new byte[0])))
                .isEqualTo(Problem.of("ingest", "empty", "empty file (0 bytes)"));
    }

    @Test
    void filesThatAreWhatTheySayPass() {
        assertThat(FormatCheck.mismatch(file("a.pdf", ascii("junk before %PDF-1.4 header")))).isNull();
        assertThat(FormatCheck.mismatch(file("a.docx", ascii("PK\u0003\u0004")))).isNull();
        assertThat(FormatCheck.mismatch(file("a.doc", ascii("{\\rtf1 Word saved RTF as .doc")))).isNull();
        assertThat(FormatCheck.mismatch(file("a.txt", ascii("PK but a text file may say anything")))).isNull();
    }
}
