package dev.shoprules.cli;

import static dev.shoprules.cli.HtmlPage.esc;
import static dev.shoprules.cli.HtmlPage.json;

import dev.shoprules.kpi.Band;
import dev.shoprules.kpi.GroupBy;
import dev.shoprules.kpi.KpiMetric;
import dev.shoprules.kpi.Scorecard;
import dev.shoprules.kpi.ScorecardReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scorecards as one self-contained HTML file ({@code kpi --format html}): a bar chart per metric across the groups
 * (sorted best first, days in date order; axes named with units; response-time bands drawn behind the bars and
 * each bar coloured by its band; each group's target marked), then the table of every metric. Chart.js is
 * inlined ({@link HtmlPage}), so the file opens offline.
 */
final class KpiHtml {
    private static final Map<Band, String> BAND_COLOUR = new EnumMap<>(Map.of(
            Band.GOOD, "#1a9850", Band.NORMAL, "#4575b4", Band.SLOW, "#fdae61", Band.POOR, "#d73027"));
    private static final Map<Band, String> ZONE_COLOUR = new EnumMap<>(Map.of(
            Band.GOOD, "rgba(26,152,80,0.12)", Band.NORMAL, "rgba(69,117,180,0.10)",
            Band.SLOW, "rgba(253,174,97,0.16)", Band.POOR, "rgba(215,48,39,0.12)"));
    private static final String BAR_COLOUR = "#8da0cb";

    private KpiHtml() {}

    static String render(ScorecardReport r) {
        StringBuilder b = HtmlPage.start("ShopRules 客服考核 by " + r.by().code(),
                ".chart{height:20rem;margin:1rem 0 .25rem}.na{color:#777;font-size:90%;margin:0 0 1.5rem}"
                        + ".GOOD{color:#1a9850}.NORMAL{color:#4575b4}.SLOW{color:#b35806}.POOR{color:#d73027}"
                        + ".no{color:#d73027}table.cards td,table.cards th{font-size:85%;padding:.2rem .4rem}"
                        + "table.cards td{white-space:nowrap}\n");
        b.append("<h1>Customer-service scorecards (客服考核) by ").append(r.by().code()).append("</h1>\n<p>")
                .append(r.cases()).append(r.cases() == 1 ? " case" : " cases");
        if (r.errors() > 0) {
            b.append(", ").append(r.errors()).append(" invalid (not counted)");
        }
        b.append(", ").append(r.groups().size()).append(' ').append(groupNoun(r.by())).append("s. ")
                .append("Each sale counts for the last agent who served the buyer before payment; the others get ")
                .append("an assist. Response times count buyer messages in the platform's service hours. ")
                .append("<b>n/a</b>: nothing to measure (never 0).</p>\n");

        List<Map<String, Object>> charts = new ArrayList<>();
        for (KpiMetric m : KpiMetric.values()) {
            b.append("<h2>").append(esc(m.key())).append("</h2>\n");
            Map<String, Object> chart = chart(r, m);
            @SuppressWarnings("unchecked")
            List<String> na = (List<String>) chart.remove("na");
            if (!((List<?>) chart.get("labels")).isEmpty()) {
                charts.add(chart);
                b.append("<div class=\"chart\"><canvas id=\"").append(chart.get("id")).append("\" role=\"img\" ")
                        .append("aria-label=\"").append(esc((String) chart.get("title"))).append("\"></canvas></div>\n");
            }
            b.append("<p class=\"na\">");
            if (!na.isEmpty()) {
                b.append("n/a: ").append(esc(String.join(", ", na))).append(". ");
            }
            b.append(esc(targetNote(r, m))).append("</p>\n");
        }

        b.append("<h2>All metrics</h2>\n<table class=\"cards\">\n<tr><th>").append(groupNoun(r.by())).append("</th>");
        for (KpiMetric m : KpiMetric.values()) {
            b.append("<th>").append(esc(m.key())).append("</th>");
        }
        b.append("</tr>\n");
        for (Scorecard g : r.groups()) {
            b.append("<tr><td>").append(esc(label(r.by(), g))).append("</td>");
            for (KpiMetric m : KpiMetric.values()) {
                Band band = g.bands().get(m.key());
                Boolean met = g.met().get(m.key());
                b.append("<td").append(Boolean.FALSE.equals(met) ? " class=\"no\"" : "")
                        .append(" title=\"").append(esc(tip(m, g))).append("\">")
                        .append(esc(KpiText.show(m, g.value(m))));
                if (band != null) {
                    b.append(" <span class=\"").append(band).append("\">").append(band).append("</span>");
                }
                if (met != null) {
                    b.append(met ? " ✔" : " ✘");
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<p class=\"na\">✔ target met, ✘ not met (hover a cell for its target).</p>\n");

        b.append("<h2>Figures applied</h2>\n<table>\n<tr><th>parameter</th><th>value</th><th>confidence</th>")
                .append("<th class=\"l\">citation</th></tr>\n");
        for (ScorecardReport.AppliedFigure f : r.figures()) {
            b.append("<tr><td>").append(esc(f.key())).append("</td><td>").append(esc(KpiText.plain(f.value())))
                    .append("</td><td>").append(f.confidence()).append(f.overridden() ? " (overridden)" : "")
                    .append("</td><td class=\"l\">").append(esc(f.citation())).append("</td></tr>\n");
        }
        b.append("</table>\n");
        return HtmlPage.end(b, "const charts = " + json(charts) + ";\n" + SCRIPT);
    }

    /** One metric across the groups that have a value, best first (days in date order); the rest listed as n/a. */
    private static Map<String, Object> chart(ScorecardReport r, KpiMetric m) {
        List<Scorecard> valued = new ArrayList<>();
        List<String> na = new ArrayList<>();
        for (Scorecard g : r.groups()) {
            if (g.value(m) == null) {
                na.add(label(r.by(), g));
            } else {
                valued.add(g);
            }
        }
        if (r.by() != GroupBy.DAY) {
            Comparator<Scorecard> byValue = Comparator.comparing(g -> number(g.value(m)));
            valued.sort(m.goal() == KpiMetric.Goal.AT_MOST ? byValue : byValue.reversed());
        }
        List<String> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<Object> targets = new ArrayList<>();
        for (Scorecard g : valued) {
            labels.add(label(r.by(), g));
            values.add(number(g.value(m)).doubleValue());
            texts.add(KpiText.show(m, g.value(m)));
            Band band = g.bands().get(m.key());
            colours.add(band == null ? BAR_COLOUR : BAND_COLOUR.get(band));
            BigDecimal t = g.targets().get(m.key());
            targets.add(t == null ? null : t.doubleValue());
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", "chart-" + m.key());
        c.put("title", m.key() + " by " + r.by().code() + (m.goal() == KpiMetric.Goal.AT_MOST ? " (lower is better)" : ""));
        c.put("x", groupNoun(r.by()));
        c.put("y", m.key() + " (" + unit(m) + ")");
        c.put("labels", labels);
        c.put("values", values);
        c.put("texts", texts);
        c.put("colours", colours);
        c.put("targets", targets.stream().anyMatch(t -> t != null) ? targets : null);
        c.put("rate", m.kind() == KpiMetric.Kind.RATE);
        c.put("count", m.kind() == KpiMetric.Kind.COUNT);
        c.put("zones", m.banded() ? zones(r) : List.of());
        c.put("na", na);
        return c;
    }

    /** The band zones of the first group's figures (the packs share them unless overridden). */
    private static List<Map<String, Object>> zones(ScorecardReport r) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (ScorecardReport.AppliedFigure a : r.figures()) {
            f.put(a.key(), a.value());
        }
        if (r.groups().isEmpty()) {
            return List.of();
        }
        String p = r.groups().get(0).platform().code() + ".kpi.";
        Object good = f.get(p + "response-good-max");
        Object normal = f.get(p + "response-normal-max");
        Object poor = f.get(p + "response-poor-min");
        if (good == null || normal == null || poor == null) {
            return List.of();
        }
        return List.of(zone(Band.GOOD, 0, good, "GOOD ≤ " + good + " s"),
                zone(Band.NORMAL, good, normal, "NORMAL ≤ " + normal + " s"),
                zone(Band.SLOW, normal, poor, "SLOW"),
                zone(Band.POOR, poor, null, "POOR ≥ " + poor + " s"));
    }

    private static Map<String, Object> zone(Band band, Object from, Object to, String label) {
        Map<String, Object> z = new LinkedHashMap<>();
        z.put("from", from);
        z.put("to", to);
        z.put("colour", ZONE_COLOUR.get(band));
        z.put("label", label);
        return z;
    }

    private static String targetNote(ScorecardReport r, KpiMetric m) {
        if (m.goal() == KpiMetric.Goal.NONE) {
            return "No target: the platforms set none for " + m.key() + ".";
        }
        Map<String, String> byPlatform = new LinkedHashMap<>();
        for (Scorecard g : r.groups()) {
            String t = KpiText.target(m, g);
            if (!t.isEmpty()) {
                byPlatform.putIfAbsent(g.platform().code(), t);
            }
        }
        List<String> parts = new ArrayList<>();
        byPlatform.forEach((p, t) -> parts.add(p + " " + t));
        return parts.isEmpty() ? "" : "Target (" + m.key() + "-target): " + String.join(", ", parts)
                + "; the dashes mark each bar's target.";
    }

    private static String tip(KpiMetric m, Scorecard g) {
        String t = KpiText.target(m, g);
        return t.isEmpty() ? m.key() : m.key() + " target " + t;
    }

    private static String label(GroupBy by, Scorecard g) {
        return switch (by) {
            case AGENT -> g.key() + " (" + g.platform().code() + " " + g.shopId() + ")";
            case SHOP -> g.platform().code() + " " + g.key();
            case DAY -> g.key() + " (" + g.platform().code() + " " + g.shopId() + ")";
        };
    }

    private static String groupNoun(GroupBy by) {
        return switch (by) {
            case AGENT -> "agent";
            case SHOP -> "shop";
            case DAY -> "day";
        };
    }

    private static String unit(KpiMetric m) {
        return switch (m.kind()) {
            case COUNT -> m == KpiMetric.ASSISTS ? "buyers" : "buyers who asked";
            case RATE -> "share, 0–1";
            case SECONDS -> "seconds";
            case MONEY -> "yuan";
            case RATIO -> "units per paying buyer";
        };
    }

    private static BigDecimal number(Object v) {
        return v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) v).longValue());
    }

    /**
     * Draws each chart: band zones behind the bars with their names over them, bars coloured by band, each bar's
     * exact value under its label (a 0 shows too), target dashes, named axes.
     */
    private static final String SCRIPT = """
            const bandZones = {
              id: 'bandZones',
              zones(chart, opts, draw) {
                const {chartArea: a, scales: {y}} = chart;
                for (const z of opts.zones || []) {
                  const top = Math.max(a.top, z.to === null ? a.top : y.getPixelForValue(z.to));
                  const bottom = Math.min(a.bottom, y.getPixelForValue(z.from));
                  if (bottom > top) draw(z, a, top, bottom);
                }
              },
              beforeDatasetsDraw(chart, args, opts) {
                const ctx = chart.ctx;
                this.zones(chart, opts, (z, a, top, bottom) => {
                  ctx.save();
                  ctx.fillStyle = z.colour;
                  ctx.fillRect(a.left, top, a.right - a.left, bottom - top);
                  ctx.restore();
                });
              },
              afterDatasetsDraw(chart, args, opts) {
                const ctx = chart.ctx;
                this.zones(chart, opts, (z, a, top) => {
                  ctx.save();
                  ctx.font = '11px sans-serif';
                  const w = ctx.measureText(z.label).width;
                  ctx.fillStyle = 'rgba(255,255,255,0.85)';
                  ctx.fillRect(a.left + 2, top + 1, w + 6, 14);
                  ctx.fillStyle = '#333';
                  ctx.fillText(z.label, a.left + 5, top + 12);
                  ctx.restore();
                });
              }
            };
            for (const c of charts) {
              const datasets = [{type: 'bar', label: c.y, data: c.values, backgroundColor: c.colours, order: 2}];
              if (c.targets) {
                datasets.push({type: 'line', label: 'target', data: c.targets, showLine: false, pointStyle: 'line',
                  pointRadius: 18, pointHoverRadius: 18, borderWidth: 3, borderColor: '#222', order: 1});
              }
              const top = Math.max(...c.values, ...(c.targets || []).filter(t => t !== null));
              const poor = c.zones.length ? c.zones[c.zones.length - 1].from : 0;
              // Each bar's exact value is the second line of its label: readable even for a 0, never under a dash.
              const labels = c.labels.map((l, i) => [l, c.texts[i]]);
              new Chart(document.getElementById(c.id), {data: {labels, datasets}, plugins: [bandZones],
                options: {maintainAspectRatio: false, animation: false,
                  plugins: {title: {display: true, text: c.title}, legend: {display: !!c.targets},
                            bandZones: {zones: c.zones}},
                  scales: {x: {title: {display: true, text: c.x}},
                           y: {beginAtZero: true, title: {display: true, text: c.y},
                               ticks: c.count ? {precision: 0} : {},
                               max: c.rate ? 1 : undefined,
                               suggestedMax: Math.max(top * 1.15, poor * 1.2, c.count ? 1 : 0)}}}});
            }
            """;
}
