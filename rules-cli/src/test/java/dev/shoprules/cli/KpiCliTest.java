package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoprules.cli.CliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kpi} end to end on {@code examples/kpi-cases.jsonl}, whose scorecards are worked out by hand in
 * {@code rules-kpi}'s ExampleScorecardTest: the same figures in JSON (the contract's shape), text and HTML.
 */
class KpiCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("../examples/kpi-cases.jsonl");

    private static JsonNode group(JsonNode report, String key) {
        for (JsonNode g : report.get("groups")) {
            if (g.get("key").asText().equals(key)) {
                return g;
            }
        }
        throw new AssertionError("no group " + key + " in " + report);
    }

    @Test
    void jsonHasTheContractsShapeAndTheHandComputedFigures() throws IOException {
        Run r = CliTest.run("kpi", "--cases", EXAMPLE.toString(), "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("by").asText()).isEqualTo("agent");
        assertThat(report.get("cases").asLong()).isEqualTo(2);
        assertThat(report.get("errors").asLong()).isZero();
        List<String> keys = report.get("groups").findValuesAsText("key");
        assertThat(keys).containsExactly("dagang", "xiaomei", "amei");

        JsonNode xiaomei = group(report, "xiaomei");
        assertThat(xiaomei.get("platform").asText()).isEqualTo("tmall");
        assertThat(xiaomei.get("shopId").asText()).isEqualTo("s-1");
        JsonNode m = xiaomei.get("metrics");
        assertThat(m.get("inquiries").isIntegralNumber()).isTrue();     // counts are integers
        assertThat(m.get("inquiries").asLong()).isEqualTo(2);
        assertThat(m.get("reply-rate").isTextual()).isTrue();           // rates and seconds are decimal strings
        assertThat(m.get("reply-rate").asText()).isEqualTo("1.00");
        assertThat(m.get("first-response").asText()).isEqualTo("70.0");
        assertThat(m.get("avg-response").asText()).isEqualTo("60.0");
        assertThat(m.get("rate-30s").asText()).isEqualTo("0.3333");
        assertThat(m.get("rate-3min").asText()).isEqualTo("1.00");
        assertThat(m.get("conversion").asText()).isEqualTo("0.50");
        assertThat(m.get("sales").asText()).isEqualTo("300.00");         // money: 2 decimals
        assertThat(m.get("avg-order-value").asText()).isEqualTo("300.00");
        assertThat(m.get("items-per-buyer").asText()).isEqualTo("1.00");
        assertThat(m.get("assists").asLong()).isEqualTo(1);
        assertThat(xiaomei.get("bands").get("avg-response").asText()).isEqualTo("NORMAL");
        assertThat(xiaomei.get("bands").get("first-response").asText()).isEqualTo("SLOW");
        assertThat(xiaomei.get("targets").get("rate-3min").asText()).isEqualTo("0.90");
        assertThat(xiaomei.get("met").get("rate-3min").asBoolean()).isTrue();
        assertThat(xiaomei.get("met").get("avg-response").asBoolean()).isFalse();

        JsonNode dagang = group(report, "dagang").get("metrics");
        assertThat(dagang.get("avg-response").asText()).isEqualTo("37.5");
        assertThat(dagang.get("sales").asText()).isEqualTo("500.00");
        assertThat(report.get("figures").findValuesAsText("key")).contains("tmall.kpi.rate-3min-target",
                "tmall.reply-kpi.service-start", "pdd.kpi.response-good-max");
    }

    @Test
    void byShopAndByDay() throws IOException {
        JsonNode shop = JSON.readTree(CliTest.run("kpi", "--cases", EXAMPLE.toString(), "--by", "shop", "--format", "json").out());
        assertThat(shop.get("by").asText()).isEqualTo("shop");
        JsonNode s1 = group(shop, "s-1").get("metrics");
        assertThat(s1.get("inquiries").asLong()).isEqualTo(4);
        assertThat(s1.get("reply-rate").asText()).isEqualTo("0.75");
        assertThat(s1.get("conversion").asText()).isEqualTo("0.75");
        assertThat(s1.get("sales").asText()).isEqualTo("800.00");
        assertThat(s1.get("avg-order-value").asText()).isEqualTo("400.00");
        JsonNode day = JSON.readTree(CliTest.run("kpi", "--cases", EXAMPLE.toString(), "--by", "DAY", "--format", "json").out());
        assertThat(day.get("groups").findValuesAsText("key")).containsExactly("2026-11-02", "2026-11-02");
    }

    @Test
    void textShowsTheSameFigures() {
        Run r = CliTest.run("kpi", "--cases", EXAMPLE.toString());
        assertThat(r.status()).isZero();
        String out = r.out();
        assertThat(out).startsWith("Customer-service scorecards (客服考核) by agent: 2 cases\n")
                .contains("tmall s-1 · agent xiaomei")
                .containsPattern("avg-response +60\\.0 s  NORMAL  ≤ 30 s    not met")
                .containsPattern("rate-3min +1\\.00 +≥ 0\\.90 +met")
                .containsPattern("sales +300\\.00")
                .containsPattern("assists +1")
                .contains("tmall.kpi.response-good-max = 30  SEED");
        String dagang = out.substring(out.indexOf("agent dagang"), out.indexOf("agent xiaomei"));
        assertThat(dagang).containsPattern("avg-response +37\\.5 s  NORMAL").containsPattern("sales +500\\.00");
        String shop = CliTest.run("kpi", "--cases", EXAMPLE.toString(), "--by", "shop").out();
        assertThat(shop).contains("tmall shop s-1").containsPattern("reply-rate +0\\.75 +≥ 0\\.95 +not met")
                .containsPattern("refund-rate +0\\.50 +≤ 0\\.10 +not met");
    }

    @Test
    void htmlIsOneOfflineFileWithAChartPerMetricAndTheTable(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("kpi.html");
        Run r = CliTest.run("kpi", "--cases", EXAMPLE.toString(), "--format", "html", "--out", html.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("<canvas id=\"chart-avg-response\"", "<canvas id=\"chart-sales\"", "<canvas id=\"chart-rate-30s\"")
                .contains(" * Chart.js v4").doesNotContain("<script src").doesNotContain("sourceMappingURL")
                // the table: xiaomei's row carries her figures with band and target marks
                .contains("<td>xiaomei (tmall s-1)</td>")
                .contains(">60.0 s <span class=\"NORMAL\">NORMAL</span> ✘</td>")
                .contains(">300.00</td>", ">500.00</td>", ">0.3333 ✘</td>")
                .contains("\"labels\":[\"xiaomei (tmall s-1)\",\"dagang (tmall s-1)\",\"amei (pdd p-1)\"]") // sales, best first
                .contains("GOOD ≤ 30 s", "POOR ≥ 100 s");
    }

    @Test
    void badCasesAreReportedAsCheckDoesAndTheOthersStillCount(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
        ObjectNode bad = (ObjectNode) JSON.readTree(lines.get(0));
        bad.put("caseId", "bad-time");
        ((ObjectNode) bad.withArray("chats").get(0).withArray("messages").get(0)).put("at", "2026-11-02 10:00");
        Path file = dir.resolve("cases.jsonl");
        Files.write(file, List.of(lines.get(0), JSON.writeValueAsString(bad), "{not json", lines.get(1)),
                StandardCharsets.UTF_8);
        Run r = CliTest.run("kpi", "--cases", file.toString(), "--format", "json");
        assertThat(r.status()).isEqualTo(ShopRulesCli.INVALID_INPUT);
        assertThat(r.err().lines().toList()).hasSize(2);
        JsonNode first = JSON.readTree(r.err().lines().findFirst().orElseThrow());
        assertThat(first.get("file").asText()).isEqualTo(file.toString());
        assertThat(first.get("line").asLong()).isEqualTo(2);
        assertThat(first.get("caseId").asText()).isEqualTo("bad-time");
        assertThat(first.get("problems").get(0).get("path").asText()).isEqualTo("chats[0].messages[0].at");
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("cases").asLong()).isEqualTo(2);
        assertThat(report.get("errors").asLong()).isEqualTo(2);
        assertThat(group(report, "xiaomei").get("metrics").get("sales").asText()).isEqualTo("300.00");

        Run text = CliTest.run("kpi", "--cases", file.toString());
        assertThat(text.err()).contains(file + ":2: case bad-time: chats[0].messages[0].at: not an ISO-8601 instant");
        assertThat(text.out()).contains("2 cases, 2 invalid (not counted)");
    }

    @Test
    void targetsAreParameters() throws IOException {
        Run r = CliTest.run("kpi", "--cases", EXAMPLE.toString(), "--format", "json",
                "--set", "tmall.kpi.avg-response-target=60");
        JsonNode xiaomei = group(JSON.readTree(r.out()), "xiaomei");
        assertThat(xiaomei.get("targets").get("avg-response").asText()).isEqualTo("60");
        assertThat(xiaomei.get("met").get("avg-response").asBoolean()).isTrue();    // 60.0 s ≤ 60 s
        Run unknown = CliTest.run("kpi", "--cases", EXAMPLE.toString(), "--set", "tmall.kpi.speed-target=1");
        assertThat(unknown.status()).isEqualTo(ShopRulesCli.USAGE);
        assertThat(unknown.err()).startsWith("shoprules: ").contains("tmall.kpi.speed-target").doesNotContain("Exception");
        Run by = CliTest.run("kpi", "--cases", EXAMPLE.toString(), "--by", "week");
        assertThat(by.status()).isEqualTo(ShopRulesCli.USAGE);
        assertThat(by.err()).contains("agent, shop or day");
    }
}
