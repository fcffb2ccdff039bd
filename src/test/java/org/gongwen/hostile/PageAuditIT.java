package org.gongwen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser audit itself: it must catch the hostile page's payloads when they reach a page, and pass a safe page. */
class PageAuditIT {
    private static PageAudit audit;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(PageAudit.available(), "Debian chromium and chromium-driver (scripts/install-deps)");
        audit = PageAudit.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (audit != null) {
            audit.close();
        }
    }

    @Test
    void catchesEveryKindOfPayloadInARawHostilePage() throws Exception {
        Path page = Files.writeString(dir.resolve("raw.html"),
                HostileHtml.page(List.of("中国人民银行办公厅关于完善数据报送流程的通知", "各分行、营业管理部：")));

        List<String> findings = audit.audit(page);

        assertThat(findings).anyMatch(f -> f.startsWith("alert: xss-"))
                .anyMatch(f -> f.startsWith("title planted: PWNED-"))
                .contains("element #pwned planted", "no Content-Security-Policy meta tag", "element <iframe>",
                        "element <base>", "meta refresh", "handler onerror on <img>")
                .anyMatch(f -> f.startsWith("href=javascript:"))
                .anyMatch(f -> f.startsWith("href= JaVaScRiPt:"))
                .anyMatch(f -> f.startsWith("inline script: alert('xss-2')"));
    }

    @Test
    void passesASafePageWithAStrictPolicy() throws Exception {
        Files.writeString(dir.resolve("site.js"), "document.addEventListener('DOMContentLoaded', () => "
                + "document.getElementById('out').textContent = '已加载');");
        Path page = Files.writeString(dir.resolve("safe.html"), """
                <!DOCTYPE html><html><head>
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:">
                <meta charset="utf-8"><title>关于完善数据报送流程的通知</title><script src="site.js"></script></head>
                <body><p>&lt;script&gt;alert('xss-1')&lt;/script&gt; 以文字显示</p><a href="other.html">下一篇</a><p id="out"></p></body></html>
                """);

        assertThat(audit.audit(page)).isEmpty();
    }
}
