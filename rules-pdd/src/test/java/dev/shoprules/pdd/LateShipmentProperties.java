package dev.shoprules.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.testing.LatePayoutInvariants;
import dev.shoprules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of PDD-LATE-SHIPMENT: 48 h from group completion, a voucher of 5 % of the goods, at least 3 and at
 * most 100 yuan; and whether a grouped order is late depends on its group time alone, never on its payment time.
 */
class LateShipmentProperties extends LatePayoutInvariants {
    private static final Instant PAID = CaseBuilder.at("2026-06-01T10:00+08:00");
    private static final Instant GROUPED = PAID.plus(Duration.ofHours(30));

    @Override protected Platform platform() { return Platform.PDD; }
    @Override protected Instant deadlineStart() { return GROUPED; }
    @Override protected Duration shipWindow() { return Duration.ofHours(48); }
    @Override protected BigDecimal min() { return new BigDecimal("3.00"); }
    @Override protected BigDecimal cap() { return new BigDecimal("100.00"); }

    /** Paid at {@code PAID}, grouped 30 hours later: the deadline runs from the group. */
    @Override
    protected void addOrder(CaseBuilder b, String id, BigDecimal amount) {
        b.order(id, amount, PAID, BigDecimal.ZERO, null).grouped(id, GROUPED);
    }

    @Property(tries = 300)
    void lateOnlyAfterTheGroupTimePlusTheWindow(
            @ForAll @LongRange(min = 0, max = 10 * 86_400) long groupedAfterPayment,
            @ForAll @LongRange(min = -86_400, max = 86_400) long handedOverVsDeadline) {
        Instant grouped = PAID.plusSeconds(groupedAfterPayment);
        Instant due = grouped.plus(Duration.ofHours(48));
        Instant handedOver = due.plusSeconds(handedOverVsDeadline);
        Verdict v = RuleBook.load(Platform.PDD).evaluate(CaseBuilder.of(Platform.PDD)
                .asOf(handedOver.plus(Duration.ofDays(1)))
                .order("o-1", new BigDecimal("88.00"), PAID, BigDecimal.ZERO, null)
                .grouped("o-1", grouped)
                .shipped("o-1", handedOver, Carrier.JT)
                .build());

        assertThat(v.violations()).hasSize(handedOverVsDeadline > 0 ? 1 : 0);
        assertThat(v.compensations()).hasSize(handedOverVsDeadline > 0 ? 1 : 0);
    }
}
