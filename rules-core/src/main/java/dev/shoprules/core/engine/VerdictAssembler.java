package dev.shoprules.core.engine;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.privacy.Masker;
import dev.shoprules.core.rules.Findings;
import dev.shoprules.core.verdict.Advisory;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.CompensationStatus;
import dev.shoprules.core.verdict.Metric;
import dev.shoprules.core.verdict.Money;
import dev.shoprules.core.verdict.RefundAssessment;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.Severity;
import dev.shoprules.core.verdict.Totals;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what the rules inserted and found into a verdict: every list in a stable order (rule firing order must not show
 * in output), personal data masked, totals summed.
 */
final class VerdictAssembler {
    private static final Comparator<String> TEXT = Comparator.nullsLast(Comparator.naturalOrder());

    static final Comparator<Violation> VIOLATIONS = Comparator
            .comparing(Violation::orderId, TEXT)
            .thenComparing(Violation::chatId, TEXT)
            .thenComparing(Violation::messageIndex, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Violation::ruleId)
            .thenComparing(Violation::reason);
    static final Comparator<Compensation> COMPENSATIONS = Comparator
            .comparing(Compensation::orderId, TEXT)
            .thenComparing(Compensation::ruleId)
            .thenComparing(Compensation::status)
            .thenComparing(Compensation::amount);
    static final Comparator<Advisory> ADVISORIES = Comparator
            .comparing(Advisory::orderId, TEXT)
            .thenComparing(Advisory::due)
            .thenComparing(Advisory::kind)
            .thenComparing(Advisory::ruleId)
            .thenComparing(a -> String.valueOf(a.evidence()));
    // Advisories and sanctions end on their evidence, so that two of one kind at one instant or node (the 7-day
    // returns of two parcels signed the same day, a fine per chat) still come out in one order.
    static final Comparator<Sanction> SANCTIONS = Comparator
            .comparing(Sanction::severity)
            .thenComparingInt(Sanction::threshold)
            .thenComparing(Sanction::kind)
            .thenComparing(Sanction::ruleId)
            .thenComparing(Sanction::ruleVersion, TEXT)
            .thenComparing(Sanction::amount, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Sanction::days, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> String.valueOf(s.evidence()));
    static final Comparator<Metric> METRICS = Comparator
            .comparing(Metric::name)
            .thenComparing(Metric::chatId, TEXT)
            .thenComparing(Metric::agentId, TEXT);

    private VerdictAssembler() {}

    /**
     * The verdict of case {@code c} from the violations among {@code workingMemory} (the facts of the case, in
     * insertion order) and what the rules handed to {@code findings}; neither is kept.
     */
    static Verdict assemble(CaseFacts c, String packVersion, List<Rule> rules, Collection<?> workingMemory,
                            Findings findings) {
        Masker masker = Masker.forCase(c);
        List<Violation> violations = new ArrayList<>();
        // Records are rebuilt only when masking changed a string of theirs: most hold no personal data.
        for (Object o : workingMemory) {
            if (o instanceof Violation v) {
                String reason = masker.mask(v.reason());
                Map<String, Object> evidence = masker.maskMap(v.evidence());
                violations.add(reason == v.reason() && evidence == v.evidence() ? v
                        : new Violation(v.ruleId(), v.ruleVersion(), v.severity(), v.points(), v.orderId(), v.chatId(),
                                v.messageIndex(), reason, v.citation(), v.confidence(), evidence));
            }
        }
        List<Compensation> compensations = new ArrayList<>(findings.compensations().size());
        for (Compensation p : findings.compensations()) {
            String formula = masker.mask(p.formula());
            Map<String, Object> evidence = masker.maskMap(p.evidence());
            compensations.add(formula == p.formula() && evidence == p.evidence() ? p
                    : new Compensation(p.ruleId(), p.orderId(), p.buyerId(), p.amount(), p.form(), p.status(),
                            formula, p.points(), p.ruleVersion(), p.citation(), p.confidence(), evidence));
        }
        List<Advisory> advisories = new ArrayList<>(findings.advisories().size());
        for (Advisory a : findings.advisories()) {
            String message = masker.mask(a.message());
            Map<String, Object> evidence = masker.maskMap(a.evidence());
            advisories.add(message == a.message() && evidence == a.evidence() ? a
                    : new Advisory(a.ruleId(), a.orderId(), a.kind(), a.due(), message, a.ruleVersion(),
                            a.citation(), a.confidence(), evidence));
        }
        List<Sanction> sanctions = new ArrayList<>(findings.sanctions());
        List<Metric> metrics = new ArrayList<>(findings.metrics());
        List<RefundAssessment> refunds = new ArrayList<>(findings.refunds().size());
        for (RefundAssessment r : findings.refunds()) {
            refunds.add(masked(masker, r));
        }
        violations.sort(VIOLATIONS);
        compensations.sort(COMPENSATIONS);
        advisories.sort(ADVISORIES);
        sanctions.sort(SANCTIONS);
        metrics.sort(METRICS);
        refunds.sort(inCaseOrder(c));
        return new Verdict(c.caseId(), c.platform(), c.asOf(), packVersion, violations, compensations, advisories,
                sanctions, metrics, refunds, totals(violations, compensations), UnknownTracking.of(c, rules, violations, findings.notJudged()));
    }

    /** Refund assessments come in the order of the case's {@code refunds} list (CONTRACT.md), whatever rule fired first. */
    private static Comparator<RefundAssessment> inCaseOrder(CaseFacts c) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < c.refunds().size(); i++) {
            position.putIfAbsent(c.refunds().get(i).id(), i);
        }
        return Comparator.comparing((RefundAssessment r) -> position.getOrDefault(r.refundId(), Integer.MAX_VALUE))
                .thenComparing(RefundAssessment::ruleId);
    }

    /** Free text of an assessment (the seller's note may be quoted in the evidence) masked like every output. */
    private static RefundAssessment masked(Masker masker, RefundAssessment r) {
        String formula = masker.mask(r.formula());
        String returnShipping = masker.mask(r.returnShipping());
        String noReason = masker.mask(r.noReason());
        Map<String, Object> evidence = masker.maskMap(r.evidence());
        if (formula == r.formula() && returnShipping == r.returnShipping() && noReason == r.noReason()
                && evidence == r.evidence()) {
            return r;
        }
        return new RefundAssessment(r.refundId(), r.orderId(), r.kind(), r.reason(), r.entitled(), formula,
                r.returnShippingPaidBy(), returnShipping, r.noReasonEligible(), noReason, r.status(), r.next(),
                r.ruleId(), r.ruleVersion(), r.citation(), r.confidence(), evidence);
    }

    static Totals totals(List<Violation> violations, List<Compensation> compensations) {
        int general = 0;
        int serious = 0;
        for (Violation v : violations) {
            if (v.severity() == Severity.GENERAL) {
                general += v.points();
            } else if (v.severity() == Severity.SERIOUS) {
                serious += v.points();
            }
        }
        BigDecimal owed = Money.ZERO;
        BigDecimal atRisk = Money.ZERO;
        BigDecimal refundOwed = Money.ZERO;
        for (Compensation p : compensations) {
            if (!p.form().payout()) {
                // The buyer's own money coming back is not a payout: totals.compensationOwed stays payouts only.
                if (p.status() == CompensationStatus.OWED) {
                    refundOwed = refundOwed.add(p.amount());
                }
            } else if (p.status() == CompensationStatus.OWED) {
                owed = owed.add(p.amount());
            } else {
                atRisk = atRisk.add(p.amount());
            }
        }
        return new Totals(general, serious, owed, atRisk, refundOwed);
    }
}
