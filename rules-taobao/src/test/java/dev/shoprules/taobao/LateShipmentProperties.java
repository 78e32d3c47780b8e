package dev.shoprules.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.Times;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.testing.LatePayoutInvariants;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of TAOBAO-LATE-SHIPMENT: 48 h from payment (since 2025-02-13), 5 % of the goods, at least 5 and at
 * most 30 yuan; and the deadline revision is chosen by payment time, to the second.
 */
class LateShipmentProperties extends LatePayoutInvariants {
    private static final Instant REVISION = Times.startOf(LocalDate.of(2025, 2, 13));

    @Override protected Platform platform() { return Platform.TAOBAO; }
    @Override protected Instant deadlineStart() { return CaseBuilder.at("2026-03-01T10:00+08:00"); }
    @Override protected Duration shipWindow() { return Duration.ofHours(48); }
    @Override protected BigDecimal min() { return new BigDecimal("5.00"); }
    @Override protected BigDecimal cap() { return new BigDecimal("30.00"); }

    /** An order paid up to three days either side of the revision and handed over 40–80 h later. */
    @Property(tries = 300)
    void deadlineHoursFollowThePaymentTime(@ForAll @LongRange(min = -3 * 86_400, max = 3 * 86_400) long paidOffset,
                                           @ForAll @LongRange(min = 40 * 3600, max = 80 * 3600) long shippedAfter) {
        Instant paid = REVISION.plusSeconds(paidOffset);
        Instant shipped = paid.plusSeconds(shippedAfter);
        Verdict v = RuleBook.load(Platform.TAOBAO).evaluate(CaseBuilder.of(Platform.TAOBAO)
                .asOf(shipped.plus(Duration.ofDays(1)))
                .order("o-1", new BigDecimal("300.00"), paid, BigDecimal.ZERO, null)
                .shipped("o-1", shipped, Carrier.YTO)
                .build());

        boolean revised = !paid.isBefore(REVISION);
        long hours = revised ? 48 : 72;
        assertThat(v.violations()).hasSize(shippedAfter > hours * 3600 ? 1 : 0);
        assertThat(v.violations()).extracting(Violation::ruleVersion)
                .allMatch(version -> version.equals(revised ? "2025-02-13" : "initial"));
    }
}
