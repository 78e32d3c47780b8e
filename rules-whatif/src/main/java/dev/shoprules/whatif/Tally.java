package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.verdict.Money;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * What a set of cases costs the shops under one rule book: violations, platform points by class, compensation
 * owed and at risk (yuan; payouts only), sanctions triggered, refunds still owed to buyers (yuan; the buyers' own
 * money, {@code REFUND} compensations) and refund requests overdue (the shop missed a deadline, so the platform acts
 * for the buyer). A delta is a tally too, and may be negative.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Tally(long violations, long generalPoints, long seriousPoints, BigDecimal compensationOwed,
                    BigDecimal compensationAtRisk, long sanctions, BigDecimal refundOwed, long refundsOverdue) {

    /** A tally of cases without refund requests. */
    public Tally(long violations, long generalPoints, long seriousPoints, BigDecimal compensationOwed,
                 BigDecimal compensationAtRisk, long sanctions) {
        this(violations, generalPoints, seriousPoints, compensationOwed, compensationAtRisk, sanctions, Money.ZERO, 0);
    }

    public Tally minus(Tally o) {
        return new Tally(violations - o.violations, generalPoints - o.generalPoints, seriousPoints - o.seriousPoints,
                compensationOwed.subtract(o.compensationOwed), compensationAtRisk.subtract(o.compensationAtRisk),
                sanctions - o.sanctions, refundOwed.subtract(o.refundOwed), refundsOverdue - o.refundsOverdue);
    }
}
