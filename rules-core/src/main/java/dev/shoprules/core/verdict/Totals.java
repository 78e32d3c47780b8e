package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.Serializable;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * Points this case costs the shop, the payouts it owes or may owe ({@code compensationOwed},
 * {@code compensationAtRisk}: payouts only), and the refunds it still owes ({@code refundOwed}: compensations of form
 * {@link CompensationForm#REFUND}, the buyers' own money).
 */
@API(status = STABLE, since = "0.1")
public record Totals(int generalPoints, int seriousPoints, BigDecimal compensationOwed, BigDecimal compensationAtRisk,
                     BigDecimal refundOwed)
        implements Serializable {
    public Totals {
        compensationOwed = Money.of(compensationOwed);
        compensationAtRisk = Money.of(compensationAtRisk);
        refundOwed = Money.of(refundOwed);
    }

    /** Totals of a case that owes no refunds. */
    public Totals(int generalPoints, int seriousPoints, BigDecimal compensationOwed, BigDecimal compensationAtRisk) {
        this(generalPoints, seriousPoints, compensationOwed, compensationAtRisk, Money.ZERO);
    }
}
