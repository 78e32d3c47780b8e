package dev.shoprules.core.verdict;

import java.io.Serializable;
import java.math.BigDecimal;

/** Points this case costs the shop, and the money it owes or may owe. */
public record Totals(int generalPoints, int seriousPoints, BigDecimal compensationOwed, BigDecimal compensationAtRisk)
        implements Serializable {
    public Totals {
        compensationOwed = Money.of(compensationOwed);
        compensationAtRisk = Money.of(compensationAtRisk);
    }
}
