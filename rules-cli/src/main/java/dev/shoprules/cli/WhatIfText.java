package dev.shoprules.cli;

import dev.shoprules.core.whatif.Change;
import dev.shoprules.core.whatif.ChangedCase;
import dev.shoprules.core.whatif.RuleChange;
import dev.shoprules.core.whatif.RuleTally;
import dev.shoprules.core.whatif.SanctionChange;
import dev.shoprules.core.whatif.ShopChange;
import dev.shoprules.core.whatif.ShopPoints;
import dev.shoprules.core.whatif.Tally;
import dev.shoprules.core.whatif.WhatIfReport;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/** A what-if report for people ({@code --format text}): aligned tables of baseline, scenario and delta. */
final class WhatIfText {
    private WhatIfText() {}

    static String render(WhatIfReport r) {
        StringBuilder b = new StringBuilder();
        b.append("What-if over ").append(String.format(Locale.ROOT, "%,d", r.cases())).append(" cases");
        if (r.invalidCases() > 0) {
            b.append(" (").append(String.format(Locale.ROOT, "%,d", r.invalidCases())).append(" invalid, not counted)");
        }
        b.append('\n').append("  scenario: ").append(scenario(r)).append("\n\n");

        Change<Tally> t = r.totals();
        b.append(String.format(Locale.ROOT, "%-24s %16s %16s %16s%n", "", "baseline", "scenario", "delta"));
        row(b, "violations", t, x -> BigDecimal.valueOf(x.violations()), false);
        row(b, "general points", t, x -> BigDecimal.valueOf(x.generalPoints()), false);
        row(b, "serious points", t, x -> BigDecimal.valueOf(x.seriousPoints()), false);
        row(b, "compensation owed", t, Tally::compensationOwed, true);
        row(b, "compensation at risk", t, Tally::compensationAtRisk, true);
        row(b, "sanctions triggered", t, x -> BigDecimal.valueOf(x.sanctions()), false);

        if (!r.rules().isEmpty()) {
            b.append("\nPer rule (baseline → scenario, delta)\n");
            b.append(String.format(Locale.ROOT, "  %-28s %-26s %-32s %-32s%n", "rule", "violations", "owed", "at risk"));
            for (RuleChange rule : r.rules()) {
                Change<RuleTally> c = rule.change();
                b.append(String.format(Locale.ROOT, "  %-28s %-26s %-32s %-32s %s%n", rule.ruleId(),
                        cell(c.baseline().violations(), c.scenario().violations(), c.delta().violations()),
                        cell(c.baseline().compensationOwed(), c.scenario().compensationOwed(),
                                c.delta().compensationOwed()),
                        cell(c.baseline().compensationAtRisk(), c.scenario().compensationAtRisk(),
                                c.delta().compensationAtRisk()),
                        rule.title() == null ? "" : rule.title()));
            }
        }

        if (!r.shops().isEmpty()) {
            b.append("\nPoints per shop (general / serious: baseline → scenario, delta)\n");
            for (ShopChange s : r.shops()) {
                Change<ShopPoints> p = s.points();
                b.append(String.format(Locale.ROOT, "  %-7s %-24s %-26s %-26s%n", s.platform().code(), s.shopId(),
                        cell(p.baseline().general(), p.scenario().general(), p.delta().general()),
                        cell(p.baseline().serious(), p.scenario().serious(), p.delta().serious())));
            }
        }

        b.append("\nSanctions triggered (points per shop and natural year, from each shop's ledger)\n");
        if (r.sanctions().isEmpty()) {
            b.append("  none\n");
        }
        for (SanctionChange s : r.sanctions()) {
            b.append(String.format(Locale.ROOT, "  %-7s %-24s %d  %-16s %-16s %-8s at %3d points  %s%n", s.platform().code(),
                    s.shopId(), s.year(), s.ruleId(), s.kind(), s.severity(), s.threshold(),
                    s.baseline() && s.scenario() ? "both" : s.baseline() ? "baseline only" : "scenario only"));
        }

        b.append("\nCases whose verdict changed: ").append(String.format(Locale.ROOT, "%,d", r.changedCases()));
        if (r.changedCases() > r.shown().size()) {
            b.append(" (first ").append(r.shown().size()).append(" shown)");
        }
        b.append('\n');
        for (ChangedCase c : r.shown()) {
            b.append(String.format(Locale.ROOT, "  line %d  %s  owed %s → %s, at risk %s → %s, points %d/%d → %d/%d%n", c.line(),
                    c.caseId(), money(c.baseline().compensationOwed()), money(c.scenario().compensationOwed()),
                    money(c.baseline().compensationAtRisk()), money(c.scenario().compensationAtRisk()),
                    c.baseline().generalPoints(), c.baseline().seriousPoints(), c.scenario().generalPoints(),
                    c.scenario().seriousPoints()));
            c.removed().forEach(f -> b.append("      - ").append(f).append('\n'));
            c.added().forEach(f -> b.append("      + ").append(f).append('\n'));
        }
        return b.toString();
    }

    static String scenario(WhatIfReport r) {
        StringBuilder s = new StringBuilder();
        r.parameters().forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append('=')
                .append(v instanceof BigDecimal d ? d.toPlainString() : v));
        for (String shift : r.shifts()) {
            s.append(s.isEmpty() ? "" : ", ").append("shift ").append(shift);
        }
        return s.isEmpty() ? "pack defaults (no overrides, no shifts)" : s.toString();
    }

    private static void row(StringBuilder b, String label, Change<Tally> t, Function<Tally, BigDecimal> figure,
                            boolean money) {
        BigDecimal base = figure.apply(t.baseline());
        BigDecimal scen = figure.apply(t.scenario());
        BigDecimal delta = figure.apply(t.delta());
        b.append(String.format(Locale.ROOT, "%-24s %16s %16s %16s%n", label, money ? money(base) : count(base),
                money ? money(scen) : count(scen), signed(delta, money)));
    }

    private static String cell(long base, long scen, long delta) {
        return count(BigDecimal.valueOf(base)) + " → " + count(BigDecimal.valueOf(scen)) + " ("
                + signed(BigDecimal.valueOf(delta), false) + ")";
    }

    private static String cell(BigDecimal base, BigDecimal scen, BigDecimal delta) {
        return money(base) + " → " + money(scen) + " (" + signed(delta, true) + ")";
    }

    static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static String count(BigDecimal n) {
        return String.format(Locale.ROOT, "%,d", n.longValueExact());
    }

    static String signed(BigDecimal n, boolean money) {
        String s = money ? money(n.abs()) : count(n.abs());
        return n.signum() > 0 ? "+" + s : n.signum() < 0 ? "-" + s : money ? "0.00" : "0";
    }
}
