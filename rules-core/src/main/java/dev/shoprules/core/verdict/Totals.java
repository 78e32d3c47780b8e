package dev.shoprules.core.verdict;

import java.math.BigDecimal;

/** Points this case costs the shop, and the money it owes or may owe. */
public record Totals(int generalPoints, int seriousPoints, BigDecimal compensationOwed, BigDecimal compensationAtRisk) {
    public Totals {
        compensationOwed = Money.of(compensationOwed);
        compensationAtRisk = Money.of(compensationAtRisk);
    }
}
