package dev.shoprules.cli;

import dev.shoprules.core.Times;
import dev.shoprules.core.verdict.Advisory;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.Metric;
import dev.shoprules.core.verdict.NotJudged;
import dev.shoprules.core.verdict.RefundAssessment;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.Totals;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;

/** A verdict for people ({@code --format text}): one line per finding, then the totals. */
final class VerdictText {
    private VerdictText() {}

    static String render(Verdict v) {
        StringBuilder b = new StringBuilder();
        b.append("case ").append(v.caseId()).append("  ").append(v.platform().code()).append(' ')
                .append(v.platform().chineseName()).append("  asOf ").append(Times.show(v.asOf()))
                .append("  ").append(v.packVersion()).append('\n');
        for (Violation x : v.violations()) {
            b.append("  violation  ").append(x.ruleId()).append(" [").append(x.severity()).append(", ")
                    .append(x.points()).append(" points]").append(where(x.orderId(), x.chatId(), x.messageIndex()))
                    .append(": ").append(x.reason()).append("  — ").append(x.citation())
                    .append(" (version ").append(x.ruleVersion()).append(", ").append(x.confidence()).append(")\n");
        }
        for (Compensation x : v.compensations()) {
            b.append("  owes       ").append(x.ruleId()).append(" order ").append(x.orderId()).append(" → buyer ")
                    .append(x.buyerId()).append(": ").append(x.amount().toPlainString()).append(' ').append(x.form())
                    .append(x.points() == null ? "" : " (" + x.points() + " points)").append(' ').append(x.status())
                    .append("  ").append(x.formula()).append('\n');
        }
        for (Advisory x : v.advisories()) {
            b.append("  advisory   ").append(x.ruleId()).append(' ').append(x.kind())
                    .append(x.orderId() == null ? "" : " order " + x.orderId()).append(" due ")
                    .append(Times.show(x.due())).append(": ").append(x.message()).append('\n');
        }
        for (Sanction x : v.sanctions()) {
            b.append("  sanction   ").append(x.ruleId()).append(' ').append(x.kind()).append(" (").append(x.severity())
                    .append(" reached ").append(x.threshold()).append(", now ").append(x.pointsAfter()).append(')')
                    .append(x.amount() == null ? "" : " fine " + x.amount().toPlainString())
                    .append(x.days() == null ? "" : " for " + x.days() + " days").append('\n');
        }
        for (Metric x : v.metrics()) {
            b.append("  metric     ").append(x.name())
                    .append(x.chatId() == null ? "" : " chat " + x.chatId())
                    .append(x.agentId() == null ? "" : " agent " + x.agentId()).append(": ")
                    .append(x.value() == null ? "n/a" : x.value().toPlainString())
                    .append(x.target() == null ? "" : " (target " + x.target().toPlainString() + ", "
                            + (Boolean.TRUE.equals(x.met()) ? "met" : "not met") + ")").append('\n');
        }
        for (RefundAssessment x : v.refunds()) {
            b.append("  refund     ").append(x.refundId()).append(" order ").append(x.orderId()).append(' ')
                    .append(x.kind()).append(' ').append(x.reason()).append(": ").append(x.status())
                    .append(", entitled ").append(x.entitled().toPlainString()).append(" (").append(x.formula())
                    .append("), return postage ").append(x.returnShippingPaidBy() == null ? "—" : x.returnShippingPaidBy())
                    .append(", 7-day no-reason ").append(x.noReasonEligible() ? "yes" : "no")
                    .append(x.next() == null ? "" : ", next " + x.next().kind() + " by " + Times.show(x.next().due())
                            + " else " + x.next().consequence())
                    .append('\n');
        }
        for (NotJudged x : v.notJudged()) {
            b.append("  not judged ").append(x.ruleId()).append(" order ").append(x.orderId()).append(": ")
                    .append(x.reason()).append('\n');
        }
        Totals t = v.totals();
        b.append("  totals     general ").append(t.generalPoints()).append(" points, serious ")
                .append(t.seriousPoints()).append(" points, owed ").append(t.compensationOwed().toPlainString())
                .append(", at risk ").append(t.compensationAtRisk().toPlainString())
                .append(", refunds owed ").append(t.refundOwed().toPlainString()).append('\n');
        return b.toString();
    }

    private static String where(String orderId, String chatId, Integer messageIndex) {
        StringBuilder b = new StringBuilder();
        if (orderId != null) b.append(" order ").append(orderId);
        if (chatId != null) b.append(" chat ").append(chatId);
        if (messageIndex != null) b.append(" message #").append(messageIndex);
        return b.toString();
    }
}
