package dev.shoprules.cli;

import dev.shoprules.core.json.CaseJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What every HTML report of the command line shares (what-if, scorecards): the page head and style, escaping,
 * data for scripts, and Chart.js inlined from its webjar, so a report is one file that opens offline with no CDN.
 */
final class HtmlPage {
    private static final String WEBJAR = "META-INF/resources/webjars/chart.js/";

    private HtmlPage() {}

    /** {@code <!DOCTYPE html>} up to {@code <body>}: UTF-8, Chinese fonts, the shared table style plus {@code css} (rules ending in a newline). */
    static StringBuilder start(String title, String css) {
        return new StringBuilder(256 * 1024)
                .append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n")
                .append("body{font-family:system-ui,-apple-system,\"PingFang SC\",\"Noto Sans CJK SC\",sans-serif;")
                .append("margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}\n")
                .append("table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{padding:.25rem .6rem;")
                .append("border-bottom:1px solid #ddd;text-align:right}th:first-child,td:first-child{text-align:left}\n")
                .append(".l{text-align:left}").append(css).append("code{font-size:90%}\n</style>\n</head>\n<body>\n");
    }

    /** Chart.js inlined, then {@code script} (which draws the charts), and the end of the page. */
    static String end(StringBuilder page, String script) {
        return page.append("<script>\n").append(chartJs()).append("\n</script>\n<script>\n").append(script)
                .append("</script>\n</body>\n</html>\n").toString();
    }

    /** JSON for a script element: {@code <} escaped so no string can close the element. */
    static String json(Object value) {
        return CaseJson.compact(value).replace("<", "\\u003c");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Chart.js's self-contained UMD build from its webjar on the classpath, without the source-map comment. */
    static String chartJs() {
        ClassLoader loader = HtmlPage.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("the Chart.js webjar (org.webjars.npm:chart.js) is not on the classpath");
            }
            Properties p = new Properties();
            p.load(pom);
            String path = WEBJAR + p.getProperty("version") + "/dist/chart.umd.js";
            try (InputStream js = loader.getResourceAsStream(path)) {
                if (js == null) {
                    throw new IllegalStateException("the Chart.js webjar has no " + path);
                }
                String text = new String(js.readAllBytes(), StandardCharsets.UTF_8);
                return text.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Chart.js from its webjar", e);
        }
    }
}
