package dev.shoprules.kpi;

import java.math.BigDecimal;
import java.time.Instant;

/** The running {@link Counts} of one group while a file is read; not thread-safe. */
final class Tally {
    long buyersAsked;
    long buyersAnswered;
    long buyersPaid;
    long decided30s;
    long within30s;
    long decided3min;
    long within3min;
    long answered;
    long responseMillis;
    long firstAnswered;
    long firstResponseMillis;
    long payingBuyers;
    long orders;
    long units;
    BigDecimal sales = BigDecimal.ZERO;
    long assists;
    long refundedOrders;
    /** The latest {@code asOf} of the cases counted: the group is judged by the KPI figures in force then. */
    Instant latestAsOf;

    void seen(Instant asOf) {
        if (latestAsOf == null || asOf.isAfter(latestAsOf)) {
            latestAsOf = asOf;
        }
    }

    Counts counts() {
        return new Counts(buyersAsked, buyersAnswered, buyersPaid, decided30s, within30s, decided3min, within3min,
                answered, responseMillis, firstAnswered, firstResponseMillis, payingBuyers, orders, units, sales,
                assists, refundedOrders);
    }
}
