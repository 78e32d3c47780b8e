package dev.shoprules.whatif;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.CompensationStatus;
import dev.shoprules.core.verdict.Money;
import dev.shoprules.core.verdict.RefundAssessment;
import dev.shoprules.core.verdict.RefundStatus;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.SanctionKind;
import dev.shoprules.core.verdict.Severity;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The running sums of one side (baseline or scenario) kept by one worker; merged at the end. Sums of integers
 * and BigDecimals do not depend on the order cases were added in, so the merged result is deterministic.
 * Serialisable, so the parts of a distributed run can be sent to where they merge.
 */
final class SideTally implements Serializable {
    private static final long serialVersionUID = 1L;

    record ShopKey(Platform platform, String shopId) implements Serializable {
        static ShopKey of(CaseFacts c) {
            return new ShopKey(c.platform(), c.shop() == null ? "" : c.shop().id());
        }
    }

    record SanctionKey(ShopKey shop, int year, String ruleId, SanctionKind kind, Severity severity, int threshold)
            implements Serializable {}

    static final class RuleSums implements Serializable {
        private static final long serialVersionUID = 1L;

        long violations;
        BigDecimal owed = Money.ZERO;
        BigDecimal atRisk = Money.ZERO;
        BigDecimal refundOwed = Money.ZERO;

        RuleTally tally() {
            return new RuleTally(violations, owed, atRisk, refundOwed);
        }
    }

    long violations;
    long general;
    long serious;
    BigDecimal owed = Money.ZERO;
    BigDecimal atRisk = Money.ZERO;
    BigDecimal refundOwed = Money.ZERO;
    long refundsOverdue;
    final Map<String, RuleSums> rules = new HashMap<>();
    final Map<ShopKey, long[]> shops = new HashMap<>();
    final Set<SanctionKey> sanctions = new HashSet<>();

    void add(Verdict v, ShopKey shop, int year) {
        long[] points = shops.computeIfAbsent(shop, k -> new long[2]);
        for (Violation x : v.violations()) {
            violations++;
            rules.computeIfAbsent(x.ruleId(), k -> new RuleSums()).violations++;
            if (x.severity() == Severity.GENERAL) {
                points[0] += x.points();
            } else if (x.severity() == Severity.SERIOUS) {
                points[1] += x.points();
            }
        }
        general += v.totals().generalPoints();
        serious += v.totals().seriousPoints();
        for (Compensation x : v.compensations()) {
            RuleSums r = rules.computeIfAbsent(x.ruleId(), k -> new RuleSums());
            if (!x.form().payout()) {
                // A refund still owed is the buyer's own money, kept apart from payouts as in the verdict's totals.
                r.refundOwed = r.refundOwed.add(x.amount());
            } else if (x.status() == CompensationStatus.OWED) {
                r.owed = r.owed.add(x.amount());
            } else {
                r.atRisk = r.atRisk.add(x.amount());
            }
        }
        owed = owed.add(v.totals().compensationOwed());
        atRisk = atRisk.add(v.totals().compensationAtRisk());
        refundOwed = refundOwed.add(v.totals().refundOwed());
        for (RefundAssessment a : v.refunds()) {
            if (a.status() == RefundStatus.OVERDUE) {
                refundsOverdue++;
            }
        }
        for (Sanction s : v.sanctions()) {
            sanctions.add(new SanctionKey(shop, year, s.ruleId(), s.kind(), s.severity(), s.threshold()));
        }
    }

    void merge(SideTally o) {
        violations += o.violations;
        general += o.general;
        serious += o.serious;
        owed = owed.add(o.owed);
        atRisk = atRisk.add(o.atRisk);
        refundOwed = refundOwed.add(o.refundOwed);
        refundsOverdue += o.refundsOverdue;
        o.rules.forEach((id, r) -> {
            RuleSums mine = rules.computeIfAbsent(id, k -> new RuleSums());
            mine.violations += r.violations;
            mine.owed = mine.owed.add(r.owed);
            mine.atRisk = mine.atRisk.add(r.atRisk);
            mine.refundOwed = mine.refundOwed.add(r.refundOwed);
        });
        o.shops.forEach((shop, p) -> {
            long[] mine = shops.computeIfAbsent(shop, k -> new long[2]);
            mine[0] += p[0];
            mine[1] += p[1];
        });
        sanctions.addAll(o.sanctions);
    }

    Tally tally() {
        return new Tally(violations, general, serious, owed, atRisk, sanctions.size(), refundOwed, refundsOverdue);
    }
}
