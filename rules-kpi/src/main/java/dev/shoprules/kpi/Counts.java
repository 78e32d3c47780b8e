package dev.shoprules.kpi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a scorecard's metrics are computed from: whole counts and sums, so scorecards of parts of a file add up
 * ({@link #plus}) and every rate can be re-checked by hand. Each field is the numerator or denominator of a metric:
 *
 * @param buyersAsked         buyers who sent a message (inquiries; for an agent: the asking buyers it served)
 * @param buyersAnswered      of those, buyers a human answered (for an agent: that agent)
 * @param buyersPaid          of those, buyers with an order paid after asking (PDD: paid and grouped), by
 *                            {@code asOf}; for an agent: buyers whose sale counts for that agent
 * @param decided30s          buyer messages in service hours a 30 s rate can judge (answered, or 30 s up by asOf)
 * @param within30s           of those, answered by a human within 30 s
 * @param decided3min         as {@code decided30s} for 3 minutes
 * @param within3min          as {@code within30s} for 3 minutes
 * @param answered            buyer messages in service hours answered by a human
 * @param responseMillis      the sum of their gaps to the human reply
 * @param firstAnswered       chats whose first buyer message in service hours a human answered
 * @param firstResponseMillis the sum of those first gaps
 * @param payingBuyers        buyers with at least one order attributed to an agent (of this scorecard)
 * @param orders              orders attributed
 * @param units               items bought in them ({@code quantity} summed)
 * @param sales               their paid amount ({@code paidAmount}, shipping excluded), yuan
 * @param assists             buyers served before payment whose sale counts for another agent
 * @param refundedOrders      orders attributed with a refund requested by {@code asOf}
 */
public record Counts(
        long buyersAsked,
        long buyersAnswered,
        long buyersPaid,
        long decided30s,
        long within30s,
        long decided3min,
        long within3min,
        long answered,
        long responseMillis,
        long firstAnswered,
        long firstResponseMillis,
        long payingBuyers,
        long orders,
        long units,
        BigDecimal sales,
        long assists,
        long refundedOrders) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(2), 0, 0);

    public Counts {
        Objects.requireNonNull(sales, "sales");
        sales = sales.setScale(2);
    }

    /** Field by field sum: the counts of two disjoint parts of a file. */
    public Counts plus(Counts o) {
        return new Counts(buyersAsked + o.buyersAsked, buyersAnswered + o.buyersAnswered, buyersPaid + o.buyersPaid,
                decided30s + o.decided30s, within30s + o.within30s, decided3min + o.decided3min,
                within3min + o.within3min, answered + o.answered, responseMillis + o.responseMillis,
                firstAnswered + o.firstAnswered, firstResponseMillis + o.firstResponseMillis,
                payingBuyers + o.payingBuyers, orders + o.orders, units + o.units, sales.add(o.sales),
                assists + o.assists, refundedOrders + o.refundedOrders);
    }
}
