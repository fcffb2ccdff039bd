package org.gongwen.site;

import org.gongwen.model.DocumentRecord;
import org.gongwen.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordMarkdownTest {
    @Test
    void frontMatterHoldsTheMetadataAndTextStaysLiteral() {
        DocumentRecord r = DocumentRecord.builder("1. 第一\n<script>x</script>\n",
                        new SourceInfo("a.txt", "ab".repeat(32), "txt", 3, 1, List.of()))
                .docNumber("银发〔2014〕168号").title("关于*重要*事项的通知").date("2014-05-01").build();
        String md = RecordMarkdown.of("银发-2014-168号", r);
        assertThat(md).startsWith("---\nid: 银发-2014-168号\ndocNumber: 银发〔2014〕168号\ntitle: 关于*重要*事项的通知\n"
                + "date: 2014-05-01\nsource: a.txt\nsha256: " + "ab".repeat(32) + "\n---\n\n");
        assertThat(md).endsWith("# 关于\\*重要\\*事项的通知\n\n1\\. 第一\n\n\\<script\\>x\\<\\/script\\>\n\n");
    }
}
