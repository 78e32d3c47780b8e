package dev.shoprules.whatif;

import java.math.BigDecimal;

/**
 * What a set of cases costs the shops under one rule book: violations, platform points by class, compensation
 * owed and at risk (yuan), and sanctions triggered. A delta is a tally too, and may be negative.
 */
public record Tally(long violations, long generalPoints, long seriousPoints, BigDecimal compensationOwed,
                    BigDecimal compensationAtRisk, long sanctions) {

    public Tally minus(Tally o) {
        return new Tally(violations - o.violations, generalPoints - o.generalPoints, seriousPoints - o.seriousPoints,
                compensationOwed.subtract(o.compensationOwed), compensationAtRisk.subtract(o.compensationAtRisk),
                sanctions - o.sanctions);
    }
}
