package dev.shoprules.whatif;

import java.math.BigDecimal;

/** One rule's findings over the file: violations, compensation owed and at risk. */
public record RuleTally(long violations, BigDecimal compensationOwed, BigDecimal compensationAtRisk) {
    public RuleTally minus(RuleTally o) {
        return new RuleTally(violations - o.violations, compensationOwed.subtract(o.compensationOwed),
                compensationAtRisk.subtract(o.compensationAtRisk));
    }
}
