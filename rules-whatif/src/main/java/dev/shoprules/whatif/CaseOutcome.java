package dev.shoprules.whatif;

import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.Metric;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.Totals;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a verdict decides, reduced to what an analyst compares: one line per finding with its consequence
 * (rule, where, severity and points; amount, form and status; sanction node; metric met or not). Reasons,
 * evidence and advisories are left out: a shifted time rewrites a reason's text without changing the decision.
 */
record CaseOutcome(boolean baseline, String caseId, Totals totals, List<String> findings) {

    static CaseOutcome of(boolean baseline, Verdict v) {
        List<String> findings = new ArrayList<>();
        for (Violation x : v.violations()) {
            findings.add(x.ruleId() + " violation" + where(x.orderId(), x.chatId(), x.messageIndex()) + " "
                    + x.severity() + " " + x.points() + " points");
        }
        for (Compensation x : v.compensations()) {
            findings.add(x.ruleId() + " compensation" + where(x.orderId(), null, null) + " "
                    + x.amount().toPlainString() + " " + x.form() + " " + x.status());
        }
        for (Sanction x : v.sanctions()) {
            findings.add(x.ruleId() + " sanction " + x.kind() + " " + x.severity() + " at " + x.threshold()
                    + " points");
        }
        for (Metric x : v.metrics()) {
            if (x.met() != null) {
                findings.add(x.name() + " metric" + where(null, x.chatId(), null)
                        + (x.agentId() == null ? "" : " agent " + x.agentId()) + (x.met() ? " met" : " not met"));
            }
        }
        Collections.sort(findings);
        return new CaseOutcome(baseline, v.caseId(), v.totals(), List.copyOf(findings));
    }

    private static String where(String orderId, String chatId, Integer messageIndex) {
        return (orderId == null ? "" : " order " + orderId) + (chatId == null ? "" : " chat " + chatId)
                + (messageIndex == null ? "" : " message #" + messageIndex);
    }

    /** The findings of {@code a} not matched one-to-one by a finding of {@code b} (both sorted). */
    static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        int j = 0;
        for (String x : a) {
            while (j < b.size() && b.get(j).compareTo(x) < 0) {
                j++;
            }
            if (j < b.size() && b.get(j).equals(x)) {
                j++;
            } else {
                out.add(x);
            }
        }
        return out;
    }
}
