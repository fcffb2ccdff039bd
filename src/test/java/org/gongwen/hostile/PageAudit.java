package org.gongwen.hostile;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens pages in Debian's headless Chromium (through the local chromedriver, never the network) and reports every
 * sign that content from a document became active: an alert, confirm or prompt (window.alert is replaced before any
 * page script runs, in every frame), a title or element planted by a payload, a redirect, a request leaving the
 * site's folder, a Content-Security-Policy violation, and — without running anything — every element or attribute
 * that could run script or load from elsewhere (inline scripts, on… handlers, javascript:/data: URLs, frames, objects,
 * base, meta refresh), plus a missing or weak CSP meta tag.
 */
public final class PageAudit implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final String RECORDER = """
            (() => {
              const log = [];
              Object.defineProperty(window, '__gongwenLog', {value: log});
              const note = kind => message => {
                const line = kind + ': ' + String(message);
                log.push(line);
                try { if (window.top !== window) window.top.__gongwenLog.push('frame ' + line); } catch (e) { /* cross-origin */ }
              };
              window.alert = note('alert');
              window.confirm = note('confirm');
              window.prompt = note('prompt');
              document.addEventListener('securitypolicyviolation',
                  e => log.push('csp-violation: ' + e.violatedDirective + ' ' + e.blockedURI), true);
            })();
            """;

    private static final String INSPECT = """
            const findings = [...window.__gongwenLog];
            const url = arguments[0];
            if (location.href !== url) findings.push('navigated away to ' + location.href);
            if (/PWNED/.test(document.title)) findings.push('title planted: ' + document.title);
            if (document.getElementById('pwned')) findings.push('element #pwned planted');
            for (const r of performance.getEntriesByType('resource')) {
              if (!r.name.startsWith('file:')) findings.push('loaded from outside the site: ' + r.name);
            }
            const activeUrl = /^(javascript|vbscript|data):/i;
            const clean = v => v.replace(/[\\u0000-\\u0020\\u007f-\\u00a0\\u200b-\\u200f\\u2028\\u2029\\ufeff]/g, '');
            for (const el of document.querySelectorAll('*')) {
              const tag = el.tagName.toLowerCase();
              if (['iframe', 'frame', 'object', 'embed', 'base', 'applet', 'portal'].includes(tag)) findings.push('element <' + tag + '>');
              if (tag === 'script' && !el.src) findings.push('inline script: ' + el.textContent.slice(0, 80));
              if (tag === 'script' && el.src && !el.src.startsWith('file:')) findings.push('remote script ' + el.src);
              if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') || '')) findings.push('meta refresh');
              for (const a of el.attributes) {
                const name = a.name.toLowerCase();
                if (name.startsWith('on')) findings.push('handler ' + name + ' on <' + tag + '>');
                if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'srcdoc'].includes(name)
                    && (activeUrl.test(clean(a.value)) || name === 'srcdoc')) {
                  findings.push(name + '=' + a.value.slice(0, 60) + ' on <' + tag + '>');
                }
                if (name === 'style' && /url\\s*\\(|expression\\s*\\(/i.test(a.value)) findings.push('style with url() on <' + tag + '>');
              }
              if (tag === 'style' && /url\\s*\\(|@import/i.test(el.textContent)) findings.push('<style> with url() or @import');
            }
            const csp = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
            if (!csp) findings.push('no Content-Security-Policy meta tag');
            else {
              const policy = csp.getAttribute('content');
              if (!/script-src 'self'/.test(policy) && !/default-src 'none'/.test(policy)) findings.push('CSP does not limit scripts: ' + policy);
              if (/unsafe-inline|unsafe-eval|\\*/.test(policy.replace(/style-src[^;]*/, ''))) findings.push('CSP too weak: ' + policy);
              if (csp !== document.head.firstElementChild && csp.previousElementSibling?.tagName !== 'META') findings.push('CSP meta is not at the top of <head>');
            }
            return findings;
            """;

    private final ChromeDriver driver;

    private PageAudit(ChromeDriver driver) {
        this.driver = driver;
    }

    /** True when Debian's chromium and chromium-driver are installed. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static PageAudit start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        return new PageAudit(driver);
    }

    /** Loads one page from file:// and returns what it found, empty when nothing from a document could act. */
    public List<String> audit(Path page) {
        String url = page.toUri().toString();
        List<String> findings = new ArrayList<>();
        try {
            driver.get(url);
            Thread.sleep(150); // let image errors, toggles and a meta refresh fire
            findings.addAll(inspect(driver.getCurrentUrl()));
            if (!driver.getCurrentUrl().equals(url)) {
                findings.add("navigated away to " + driver.getCurrentUrl());
            }
        } catch (UnhandledAlertException e) {
            findings.add("native alert: " + e.getAlertText());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return findings;
    }

    @SuppressWarnings("unchecked")
    private List<String> inspect(String url) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(INSPECT, url);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
