package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.verdict.Money;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/** One rule's findings over the file: violations, compensation owed and at risk (payouts), refunds owed. */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleTally(long violations, BigDecimal compensationOwed, BigDecimal compensationAtRisk,
                        BigDecimal refundOwed) {

    /** A rule that decides no refunds. */
    public RuleTally(long violations, BigDecimal compensationOwed, BigDecimal compensationAtRisk) {
        this(violations, compensationOwed, compensationAtRisk, Money.ZERO);
    }

    public RuleTally minus(RuleTally o) {
        return new RuleTally(violations - o.violations, compensationOwed.subtract(o.compensationOwed),
                compensationAtRisk.subtract(o.compensationAtRisk), refundOwed.subtract(o.refundOwed));
    }
}
