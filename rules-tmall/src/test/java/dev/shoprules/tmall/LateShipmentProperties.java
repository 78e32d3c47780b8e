package dev.shoprules.tmall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of TMALL-LATE-SHIPMENT over generated orders (ARCHITECTURE.md, tests that fit rules). */
class LateShipmentProperties {
    private static final RuleBook BOOK = RuleBook.load(Platform.TMALL);
    private static final Instant PAID = CaseBuilder.at("2026-11-01T10:00+08:00");

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999999.99")).ofScale(2);
    }

    private static CaseFacts lateBy(BigDecimal amount, long delaySeconds, int orders) {
        Instant shipped = PAID.plus(Duration.ofHours(48)).plusSeconds(delaySeconds);
        CaseBuilder b = CaseBuilder.of(Platform.TMALL).asOf(shipped.plus(Duration.ofDays(1)));
        for (int i = 0; i < orders; i++) {
            b.order("o-" + i, amount, PAID, new BigDecimal("10.00"), null)
                    .shipped("o-" + i, shipped, dev.shoprules.core.facts.Carrier.SF)
                    .complaint("o-" + i, "LATE_SHIPMENT", i % 2 == 0);
        }
        return b.build();
    }

    private static BigDecimal payout(Verdict v) {
        return v.compensations().stream().map(Compensation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Property
    void payoutIsWithinMinAndCapAndNeverNegative(@ForAll("amounts") BigDecimal amount,
                                                 @ForAll @LongRange(min = 1, max = 60L * 86_400) long delay) {
        Verdict v = BOOK.evaluate(lateBy(amount, delay, 1));
        assertThat(v.compensations()).hasSize(1);
        BigDecimal paid = v.compensations().get(0).amount();
        assertThat(paid).isBetween(BigDecimal.ZERO, new BigDecimal("500.00"));
        assertThat(paid).isLessThanOrEqualTo(amount);
    }

    @Property
    void moreDelayNeverLowersThePayout(@ForAll("amounts") BigDecimal amount,
                                       @ForAll @LongRange(min = -3600, max = 30L * 86_400) long delay,
                                       @ForAll @LongRange(min = 0, max = 30L * 86_400) long more) {
        BigDecimal before = payout(BOOK.evaluate(lateBy(amount, delay, 1)));
        BigDecimal after = payout(BOOK.evaluate(lateBy(amount, delay + more, 1)));
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property(tries = 50)
    void factOrderDoesNotMatter(@ForAll("amounts") BigDecimal amount, @ForAll @IntRange(min = 1, max = 6) int orders,
                                @ForAll long seed) {
        CaseFacts c = lateBy(amount, 3600, orders);
        assertThat(BOOK.evaluate(CaseBuilder.shuffled(c, seed))).isEqualTo(BOOK.evaluate(c));
    }

    @Property(tries = 50)
    void evaluatingTwiceGivesEqualVerdicts(@ForAll("amounts") BigDecimal amount) {
        CaseFacts c = lateBy(amount, 7200, 2);
        assertThat(BOOK.evaluate(c)).isEqualTo(BOOK.evaluate(c));
    }
}
