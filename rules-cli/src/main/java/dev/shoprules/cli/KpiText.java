package dev.shoprules.cli;

import dev.shoprules.kpi.Band;
import dev.shoprules.kpi.KpiMetric;
import dev.shoprules.kpi.Scorecard;
import dev.shoprules.kpi.ScorecardReport;
import java.math.BigDecimal;
import java.util.Locale;

/** Scorecards as text ({@code kpi --format text}): one block per group, one line per metric. */
final class KpiText {
    private KpiText() {}

    static String render(ScorecardReport r) {
        StringBuilder b = new StringBuilder();
        b.append("Customer-service scorecards (客服考核) by ").append(r.by().code()).append(": ")
                .append(r.cases()).append(r.cases() == 1 ? " case" : " cases");
        if (r.errors() > 0) {
            b.append(", ").append(r.errors()).append(" invalid (not counted)");
        }
        b.append('\n');
        if (r.groups().isEmpty()) {
            b.append("\nNo buyer asked anything: no scorecard.\n");
        }
        for (Scorecard g : r.groups()) {
            b.append('\n').append(title(r, g)).append('\n');
            b.append(String.format(Locale.ROOT, "  %-16s %12s  %-7s %-9s %s%n", "metric", "value", "band", "target", "met"));
            for (KpiMetric m : KpiMetric.values()) {
                Band band = g.bands().get(m.key());
                String line = String.format(Locale.ROOT, "  %-16s %12s  %-7s %-9s %s", m.key(), show(m, g.value(m)),
                        band == null ? "" : band, target(m, g), met(m, g));
                b.append(line.stripTrailing()).append('\n');
            }
        }
        b.append("\nn/a: nothing to measure (no buyer asked, no human reply in service hours, nothing paid).\n")
                .append("Money in yuan, times in seconds; each sale counts for the last agent who served the buyer ")
                .append("before payment.\nFigures applied:\n");
        for (ScorecardReport.AppliedFigure f : r.figures()) {
            b.append("  ").append(f.key()).append(" = ").append(plain(f.value())).append("  ").append(f.confidence())
                    .append(f.overridden() ? " (overridden)" : "").append(" — ").append(f.citation()).append('\n');
        }
        return b.toString();
    }

    static String title(ScorecardReport r, Scorecard g) {
        return switch (r.by()) {
            case AGENT -> g.platform().code() + " " + g.shopId() + " · agent " + g.key();
            case SHOP -> g.platform().code() + " shop " + g.key();
            case DAY -> g.platform().code() + " " + g.shopId() + " · " + g.key();
        };
    }

    /** A metric's value as JSON writes it, with its unit; "n/a" when there is nothing to measure. */
    static String show(KpiMetric m, Object value) {
        if (value == null) {
            return "n/a";
        }
        return m.kind() == KpiMetric.Kind.SECONDS ? plain(value) + " s" : plain(value);
    }

    /** The target as a condition: {@code ≥ 0.90}, {@code ≤ 30 s}; empty when the metric has none. */
    static String target(KpiMetric m, Scorecard g) {
        BigDecimal t = g.targets().get(m.key());
        if (t == null) {
            return "";
        }
        return (m.goal() == KpiMetric.Goal.AT_LEAST ? "≥ " : "≤ ") + show(m, t);
    }

    static String met(KpiMetric m, Scorecard g) {
        if (!g.met().containsKey(m.key())) {
            return "";
        }
        Boolean met = g.met().get(m.key());
        return met == null ? "n/a" : met ? "met" : "not met";
    }

    static String plain(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }
}
