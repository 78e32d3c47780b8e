package dev.shoprules.cli;

import dev.shoprules.whatif.Change;
import dev.shoprules.whatif.ChangedCase;
import dev.shoprules.whatif.RuleChange;
import dev.shoprules.whatif.RuleTally;
import dev.shoprules.whatif.SanctionChange;
import dev.shoprules.whatif.ShopChange;
import dev.shoprules.whatif.ShopPoints;
import dev.shoprules.whatif.Tally;
import dev.shoprules.whatif.WhatIfReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A what-if report for people ({@code --format text}): aligned tables of baseline, scenario and delta. */
final class WhatIfText {
    /** One line of the totals table: its label, the figure of a tally, and whether it is money. */
    record Total(String label, Function<Tally, BigDecimal> of, boolean money) {
        BigDecimal of(Tally t) {
            return of.apply(t);
        }

        String show(Tally t) {
            return money ? WhatIfText.money(of(t)) : count(of(t));
        }
    }

    /** The totals every format shows, in order. */
    static final List<Total> TOTALS = List.of(
            new Total("violations", t -> BigDecimal.valueOf(t.violations()), false),
            new Total("general points", t -> BigDecimal.valueOf(t.generalPoints()), false),
            new Total("serious points", t -> BigDecimal.valueOf(t.seriousPoints()), false),
            new Total("compensation owed (yuan)", Tally::compensationOwed, true),
            new Total("compensation at risk (yuan)", Tally::compensationAtRisk, true),
            new Total("sanctions triggered", t -> BigDecimal.valueOf(t.sanctions()), false),
            new Total("refunds owed (yuan)", Tally::refundOwed, true),
            new Total("refund requests overdue", t -> BigDecimal.valueOf(t.refundsOverdue()), false));

    private WhatIfText() {}

    static String render(WhatIfReport r) {
        StringBuilder b = new StringBuilder();
        b.append("What-if over ").append(String.format(Locale.ROOT, "%,d", r.cases())).append(" cases");
        if (r.invalidCases() > 0) {
            b.append(" (").append(String.format(Locale.ROOT, "%,d", r.invalidCases())).append(" invalid, not counted)");
        }
        b.append('\n').append("  scenario: ").append(scenario(r)).append("\n\n");

        Change<Tally> t = r.totals();
        b.append(String.format(Locale.ROOT, "%-28s %16s %16s %16s%n", "", "baseline", "scenario", "delta"));
        for (Total total : TOTALS) {
            b.append(String.format(Locale.ROOT, "%-28s %16s %16s %16s%n", total.label(),
                    total.show(t.baseline()), total.show(t.scenario()), signed(total.of(t.delta()), total.money())));
        }

        if (!r.rules().isEmpty()) {
            b.append("\nPer rule (baseline → scenario, delta)\n");
            b.append(String.format(Locale.ROOT, "  %-28s %-26s %-32s %-32s %-32s%n", "rule", "violations", "owed",
                    "at risk", "refunds owed"));
            for (RuleChange rule : r.rules()) {
                Change<RuleTally> c = rule.change();
                b.append(String.format(Locale.ROOT, "  %-28s %-26s %-32s %-32s %-32s %s%n", rule.ruleId(),
                        cell(c.baseline().violations(), c.scenario().violations(), c.delta().violations()),
                        cell(c.baseline().compensationOwed(), c.scenario().compensationOwed(),
                                c.delta().compensationOwed()),
                        cell(c.baseline().compensationAtRisk(), c.scenario().compensationAtRisk(),
                                c.delta().compensationAtRisk()),
                        cell(c.baseline().refundOwed(), c.scenario().refundOwed(), c.delta().refundOwed()),
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
        if (r.changedCases() > r.firstChanged().size()) {
            b.append(" (first ").append(r.firstChanged().size()).append(" shown)");
        }
        b.append('\n');
        for (ChangedCase c : r.firstChanged()) {
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

    static String count(BigDecimal n) {
        return String.format(Locale.ROOT, "%,d", n.longValueExact());
    }

    static String signed(BigDecimal n, boolean money) {
        String s = money ? money(n.abs()) : count(n.abs());
        return n.signum() > 0 ? "+" + s : n.signum() < 0 ? "-" + s : money ? "0.00" : "0";
    }
}
