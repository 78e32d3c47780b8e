package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.facts.RefundReason;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How one refund request stands (CONTRACT.md "Refund assessments"): the money the buyer is entitled to get back
 * and how it was computed, who pays the return postage and why, whether the 7-day no-reason return applies and why,
 * the status, and the next deadline with its consequence. The audit trail names the refund-timers rule version
 * that set status and deadline; {@code confidence} is the weakest of the figures the assessment used (timers,
 * amount and no-reason rules), and {@code evidence} names those rule versions.
 */
@API(status = STABLE, since = "0.1")
public record RefundAssessment(
        String refundId,
        String orderId,
        RefundKind kind,
        RefundReason reason,
        BigDecimal entitled,
        String formula,
        ShippingPayer returnShippingPaidBy,
        String returnShipping,
        boolean noReasonEligible,
        String noReason,
        RefundStatus status,
        RefundStep next,
        String ruleId,
        String ruleVersion,
        String citation,
        Confidence confidence,
        Map<String, Object> evidence) {

    public RefundAssessment {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(orderId, "orderId");
        entitled = Money.of(Objects.requireNonNull(entitled, "entitled"));
        if (entitled.signum() < 0) {
            throw new IllegalArgumentException("entitled: must not be negative, was " + entitled);
        }
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ruleId, "ruleId");
        evidence = Evidence.copyOf(evidence);
    }
}
