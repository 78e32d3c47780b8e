package dev.shoprules.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.ClosedBy;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.verdict.Compensation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of TAOBAO-OUT-OF-STOCK's tiers (2025-02-13 version): bounds, and that malice or a longer promise never pays less. */
class OutOfStockProperties {
    private static final RuleBook BOOK = RuleBook.load(Platform.TAOBAO);
    private static final Instant PAID = CaseBuilder.at("2026-03-01T10:00+08:00");

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999999.99")).ofScale(2);
    }

    /** The out-of-stock payout of an order promised to ship {@code windowHours} after payment and closed a day later. */
    private static BigDecimal payout(BigDecimal amount, int windowHours, CloseReason reason) {
        Instant agreed = PAID.plus(Duration.ofHours(windowHours));
        var c = CaseBuilder.of(Platform.TAOBAO).asOf(PAID.plus(Duration.ofDays(40)))
                .order("o-1", amount, PAID, BigDecimal.ZERO, agreed)
                .closed("o-1", ClosedBy.SELLER, PAID.plus(Duration.ofHours(20)), reason)
                .build();
        var payouts = BOOK.evaluate(c).compensations().stream()
                .filter(p -> p.ruleId().equals("TAOBAO-OUT-OF-STOCK")).toList();
        assertThat(payouts).hasSize(1);
        return payouts.get(0).amount();
    }

    @Property(tries = 300)
    void payoutStaysWithinTheTierBounds(@ForAll("amounts") BigDecimal amount,
                                        @ForAll @IntRange(min = 21, max = 24 * 30) int windowHours) {
        assertThat(payout(amount, windowHours, CloseReason.OUT_OF_STOCK))
                .isBetween(new BigDecimal("5.00"), windowHours <= 48 ? new BigDecimal("100.00") : new BigDecimal("500.00"));
        assertThat(payout(amount, windowHours, CloseReason.PRICE_INCREASE))
                .isBetween(new BigDecimal("5.00"), new BigDecimal("500.00"));
    }

    @Property(tries = 300)
    void maliceOrALongerPromiseNeverPaysLess(@ForAll("amounts") BigDecimal amount,
                                             @ForAll @IntRange(min = 21, max = 48) int shortWindow,
                                             @ForAll @IntRange(min = 49, max = 24 * 30) int longWindow) {
        BigDecimal shortPay = payout(amount, shortWindow, CloseReason.OUT_OF_STOCK);
        BigDecimal longPay = payout(amount, longWindow, CloseReason.OUT_OF_STOCK);
        BigDecimal malicious = payout(amount, shortWindow, CloseReason.PRICE_INCREASE);
        assertThat(longPay).isGreaterThanOrEqualTo(shortPay);
        assertThat(malicious).isGreaterThanOrEqualTo(longPay);
        assertThat(payout(amount, shortWindow, CloseReason.REFUSED)).isEqualTo(shortPay);
    }
}
