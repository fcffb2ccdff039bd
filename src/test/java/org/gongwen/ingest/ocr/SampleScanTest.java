package org.gongwen.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongwen.model.ExtractedPage;
import org.gongwen.model.Extraction;
import org.gongwen.model.SourceFile;
import org.gongwen.model.SourceInfo;
import org.junit.jupiter.api.Test;

/**
 * The default engine on page 1 of the scanned sample (fixtures/scan): title and 成文日期 exact, at most 2% of the
 * characters wrong. The 发文字号's serial is not asserted: on the machine of 2026-11-24 PaddleOCR read its 〕 as
 * {@code ]1} ({@code 云产改办[2022]116号}), on the machine of 2026-12-05 it reads {@code 16号} from the same image
 * (ONNX Runtime's floating-point kernels differ between CPUs), and text alone cannot tell a misread from a real 116号.
 */
class SampleScanTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SampleScanTest.class.getResourceAsStream("/fixtures/scan/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void firstPageGivesDocNumberTitleAndDateExactly() throws IOException {
        Extraction imageOnly = new Extraction(
                new SourceInfo("sample-scan-300dpi.pdf", "x", "pdf", 1, 2, List.of()),
                List.of(new ExtractedPage(1, "", "pdfbox", true, -1), ExtractedPage.text(2, "", "pdfbox")),
                Map.of(), List.of());
        // A generous time limit: this test must not fail because CI's machine is busy.
        Extraction out = ScannedPageReader.builder().pageTimeoutSeconds(3600).build()
                .ocrPages(new SourceFile("sample-scan-300dpi.pdf", resource("sample-scan-300dpi.pdf")), imageOnly);

        assertThat(out.problems()).isEmpty();
        String text = squash(out.pages().get(0).text());
        assertThat(text).contains("云产改办〔2022〕", "关于印发王树芬同志在云南省产业工人队伍建设改革工作专题研修班上的讲话的通知", "2022年11月21日");
        String truth = squash(new String(resource("sample-scan-300dpi.txt"), StandardCharsets.UTF_8).split("\f")[0]);
        double cer = (double) distance(text, truth) / truth.length();
        assertThat(cer).as("character error rate of page 1").isLessThanOrEqualTo(0.02);
    }

    /** Without whitespace, the ideographic indents that ReadingOrder puts before indented rows included. */
    private static String squash(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int same = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + same);
            }
            prev = cur;
        }
        return prev[b.length()];
    }
}
