package dev.shoprules.cli;

import static dev.shoprules.cli.HtmlPage.esc;
import static dev.shoprules.cli.HtmlPage.json;

import dev.shoprules.whatif.Change;
import dev.shoprules.whatif.ChangedCase;
import dev.shoprules.whatif.RuleChange;
import dev.shoprules.whatif.RuleTally;
import dev.shoprules.whatif.SanctionChange;
import dev.shoprules.whatif.ShopChange;
import dev.shoprules.whatif.Tally;
import dev.shoprules.whatif.WhatIfReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A what-if report as one self-contained HTML file ({@code --format html}): tables plus bar charts of baseline
 * against scenario, drawn in the browser by Chart.js ({@link HtmlPage}: inlined, so the file opens offline).
 */
final class WhatIfHtml {
    private static final String BASELINE_COLOUR = "#8da0cb";
    private static final String SCENARIO_COLOUR = "#fc8d62";

    private WhatIfHtml() {}

    static String render(WhatIfReport r) {
        StringBuilder b = HtmlPage.start("ShopRules what-if: " + WhatIfText.scenario(r),
                ".up{color:#b30000}.down{color:#006d2c}.chart{height:22rem;margin:1rem 0}\n");
        b.append("<h1>What-if analysis</h1>\n<p>Scenario: <code>").append(esc(WhatIfText.scenario(r)))
                .append("</code>. Baseline: pack defaults. ").append(fmt(r.cases())).append(" cases");
        if (r.invalidCases() > 0) {
            b.append(" (").append(fmt(r.invalidCases())).append(" invalid, not counted)");
        }
        b.append(".</p>\n");

        b.append("<h2>Totals</h2>\n<table>\n<tr><th></th><th>baseline</th><th>scenario</th><th>delta</th></tr>\n");
        Change<Tally> t = r.totals();
        for (WhatIfText.Total total : WhatIfText.TOTALS) {
            b.append("<tr><td>").append(esc(total.label())).append("</td><td>").append(total.show(t.baseline()))
                    .append("</td><td>").append(total.show(t.scenario())).append("</td>")
                    .append(delta(total.of(t.delta()), total.money())).append("</tr>\n");
        }
        b.append("</table>\n");

        List<Map<String, Object>> charts = new ArrayList<>();
        b.append("<h2>Per rule</h2>\n");
        if (!r.rules().isEmpty()) {
            List<String> labels = r.rules().stream().map(RuleChange::ruleId).toList();
            charts.add(bars("violations-per-rule", "Violations per rule", labels,
                    r.rules().stream().map(x -> (Object) x.change().baseline().violations()).toList(),
                    r.rules().stream().map(x -> (Object) x.change().scenario().violations()).toList()));
            charts.add(bars("compensation-per-rule", "Compensation per rule, owed + at risk (yuan)", labels,
                    r.rules().stream().map(x -> (Object) owedAndAtRisk(x.change().baseline())).toList(),
                    r.rules().stream().map(x -> (Object) owedAndAtRisk(x.change().scenario())).toList()));
            b.append("<div class=\"chart\"><canvas id=\"violations-per-rule\" role=\"img\" aria-label=\"Violations per rule, ")
                    .append("baseline against scenario\"></canvas></div>\n")
                    .append("<div class=\"chart\"><canvas id=\"compensation-per-rule\" role=\"img\" aria-label=\"")
                    .append("Compensation per rule, baseline against scenario\"></canvas></div>\n");
        }
        b.append("<table>\n<tr><th>rule</th><th>violations</th><th>Δ</th><th>owed</th><th>Δ</th><th>at risk</th><th>Δ</th>"
                + "<th>refunds owed</th><th>Δ</th></tr>\n");
        for (RuleChange rule : r.rules()) {
            Change<RuleTally> c = rule.change();
            b.append("<tr><td>").append(esc(rule.ruleId())).append(rule.title() == null ? "" : " " + esc(rule.title()))
                    .append("</td>").append(pair(BigDecimal.valueOf(c.baseline().violations()),
                            BigDecimal.valueOf(c.scenario().violations()), BigDecimal.valueOf(c.delta().violations()), false))
                    .append(pair(c.baseline().compensationOwed(), c.scenario().compensationOwed(),
                            c.delta().compensationOwed(), true))
                    .append(pair(c.baseline().compensationAtRisk(), c.scenario().compensationAtRisk(),
                            c.delta().compensationAtRisk(), true))
                    .append(pair(c.baseline().refundOwed(), c.scenario().refundOwed(), c.delta().refundOwed(), true))
                    .append("</tr>\n");
        }
        b.append("</table>\n");

        b.append("<h2>Points per shop</h2>\n");
        if (!r.shops().isEmpty()) {
            List<String> labels = r.shops().stream().map(s -> s.platform().code() + " " + s.shopId()).toList();
            charts.add(bars("points-per-shop", "Points per shop (general + serious)", labels,
                    r.shops().stream().map(s -> (Object) (s.points().baseline().general() + s.points().baseline().serious())).toList(),
                    r.shops().stream().map(s -> (Object) (s.points().scenario().general() + s.points().scenario().serious())).toList()));
            b.append("<div class=\"chart\"><canvas id=\"points-per-shop\" role=\"img\" aria-label=\"Points per shop, ")
                    .append("baseline against scenario\"></canvas></div>\n");
        }
        b.append("<table>\n<tr><th>shop</th><th>general</th><th>Δ</th><th>serious</th><th>Δ</th></tr>\n");
        for (ShopChange s : r.shops()) {
            b.append("<tr><td>").append(esc(s.platform().code() + " " + s.shopId())).append("</td>")
                    .append(pair(BigDecimal.valueOf(s.points().baseline().general()),
                            BigDecimal.valueOf(s.points().scenario().general()),
                            BigDecimal.valueOf(s.points().delta().general()), false))
                    .append(pair(BigDecimal.valueOf(s.points().baseline().serious()),
                            BigDecimal.valueOf(s.points().scenario().serious()),
                            BigDecimal.valueOf(s.points().delta().serious()), false)).append("</tr>\n");
        }
        b.append("</table>\n");

        b.append("<h2>Sanctions triggered</h2>\n<p>Points per shop and natural year (Asia/Shanghai) across the file, ")
                .append("starting from each shop's ledger.</p>\n");
        if (r.sanctions().isEmpty()) {
            b.append("<p>None under either.</p>\n");
        } else {
            b.append("<table>\n<tr><th>shop</th><th>year</th><th>rule</th><th>sanction</th><th>node</th>")
                    .append("<th>baseline</th><th>scenario</th></tr>\n");
            for (SanctionChange s : r.sanctions()) {
                b.append("<tr><td>").append(esc(s.platform().code() + " " + s.shopId())).append("</td><td>")
                        .append(s.year()).append("</td><td class=\"l\">").append(esc(s.ruleId()))
                        .append("</td><td class=\"l\">").append(s.kind()).append(' ').append(s.severity())
                        .append("</td><td>").append(s.threshold()).append("</td><td>").append(s.baseline() ? "✔" : "")
                        .append("</td><td>").append(s.scenario() ? "✔" : "").append("</td></tr>\n");
            }
            b.append("</table>\n");
        }

        b.append("<h2>Cases whose verdict changed: ").append(fmt(r.changedCases())).append("</h2>\n");
        if (!r.firstChanged().isEmpty()) {
            b.append("<p>The first ").append(r.firstChanged().size()).append(" in input order.</p>\n<table>\n")
                    .append("<tr><th>line</th><th>case</th><th>owed</th><th>at risk</th><th>points</th>")
                    .append("<th class=\"l\">findings only in baseline (−) / only in scenario (+)</th></tr>\n");
            for (ChangedCase c : r.firstChanged()) {
                b.append("<tr><td>").append(c.line()).append("</td><td class=\"l\">").append(esc(c.caseId()))
                        .append("</td><td>").append(money(c.baseline().compensationOwed())).append(" → ")
                        .append(money(c.scenario().compensationOwed())).append("</td><td>")
                        .append(money(c.baseline().compensationAtRisk())).append(" → ")
                        .append(money(c.scenario().compensationAtRisk())).append("</td><td>")
                        .append(c.baseline().generalPoints() + c.baseline().seriousPoints()).append(" → ")
                        .append(c.scenario().generalPoints() + c.scenario().seriousPoints())
                        .append("</td><td class=\"l\">");
                c.removed().forEach(f -> b.append("− ").append(esc(f)).append("<br>"));
                c.added().forEach(f -> b.append("+ ").append(esc(f)).append("<br>"));
                b.append("</td></tr>\n");
            }
            b.append("</table>\n");
        }

        return HtmlPage.end(b, "const charts = " + json(charts) + ";\n"
                + "for (const c of charts) {\n"
                + "  new Chart(document.getElementById(c.id), {type: 'bar', data: c.data, options: {\n"
                + "    maintainAspectRatio: false, animation: false,\n"
                + "    plugins: {title: {display: true, text: c.title}}, scales: {y: {beginAtZero: true}}}});\n"
                + "}\n");
    }

    /** One series of a bar chart; a record, so its JSON fields keep this order (a Map.of's order changes per JVM). */
    private record Dataset(String label, List<Object> data, String backgroundColor) {}

    private static Map<String, Object> bars(String id, String title, List<String> labels, List<Object> baseline,
                                            List<Object> scenario) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("datasets", List.of(
                new Dataset("baseline", baseline, BASELINE_COLOUR), new Dataset("scenario", scenario, SCENARIO_COLOUR)));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("title", title);
        chart.put("data", data);
        return chart;
    }

    /** Money as a JSON number for the chart (display only; the tables carry the exact amounts). */
    private static BigDecimal owedAndAtRisk(RuleTally t) {
        return t.compensationOwed().add(t.compensationAtRisk());
    }

    private static String pair(BigDecimal base, BigDecimal scen, BigDecimal delta, boolean money) {
        return "<td>" + show(base, money) + " → " + show(scen, money) + "</td>" + delta(delta, money);
    }

    private static String delta(BigDecimal d, boolean money) {
        String css = d.signum() > 0 ? " class=\"up\"" : d.signum() < 0 ? " class=\"down\"" : "";
        return "<td" + css + ">" + esc(WhatIfText.signed(d, money)) + "</td>";
    }

    private static String show(BigDecimal n, boolean money) {
        return money ? money(n) : fmt(n.longValueExact());
    }

    private static String money(BigDecimal n) {
        return WhatIfText.money(n);
    }

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

}
