package dev.shoprules.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The invariants every pack's late-shipment payout keeps (ARCHITECTURE.md, tests that fit rules): a late order is
 * paid exactly once (an out-of-stock rule may pay instead once it is very late), the late-shipment payout lies
 * within [min, cap] and is never negative, more delay never lowers what the buyer gets, and the verdict depends
 * neither on the order of the facts nor on how often the case is evaluated. A pack's properties class extends this
 * with its platform, deadline and payout bounds; jqwik runs the inherited properties.
 */
public abstract class LatePayoutInvariants {
    private static final BigDecimal SHIPPING_FEE = new BigDecimal("10.00");

    /** The platform whose pack is checked. */
    protected abstract Platform platform();

    /** When the deadline of {@link #addOrder}'s orders starts running (payment, or PDD group completion). */
    protected abstract Instant deadlineStart();

    /** The default ship window from {@link #deadlineStart()} in force at that instant. */
    protected abstract Duration shipWindow();

    protected abstract BigDecimal min();

    protected abstract BigDecimal cap();

    /** Adds a paid order of {@code amount} (goods) whose ship deadline runs from {@link #deadlineStart()}. */
    protected void addOrder(CaseBuilder b, String id, BigDecimal amount) {
        b.order(id, amount, deadlineStart(), SHIPPING_FEE, null);
    }

    /** The late-shipment rule whose payouts are checked; an out-of-stock rule may pay for the order instead. */
    protected String ruleId() {
        return platform().name() + "-LATE-SHIPMENT";
    }

    private RuleBook book() {
        return RuleBook.load(platform());
    }

    @Provide
    public Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999999.99")).ofScale(2);
    }

    /** {@code orders} orders handed over {@code delaySeconds} after their deadline; every other one complained about. */
    protected CaseFacts lateBy(BigDecimal amount, long delaySeconds, int orders) {
        Instant shipped = deadlineStart().plus(shipWindow()).plusSeconds(delaySeconds);
        CaseBuilder b = CaseBuilder.of(platform()).asOf(shipped.plus(Duration.ofHours(1)));
        for (int i = 0; i < orders; i++) {
            addOrder(b, "o-" + i, amount);
            b.shipped("o-" + i, shipped, Carrier.SF).complaint("o-" + i, "LATE_SHIPMENT", i % 2 == 0);
        }
        return b.build();
    }

    private List<Compensation> latePayouts(Verdict v) {
        return v.compensations().stream().filter(c -> c.ruleId().equals(ruleId())).toList();
    }

    private static BigDecimal totalPayout(Verdict v) {
        return v.compensations().stream().map(Compensation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Property
    public void payoutIsWithinMinAndCapAndNeverNegative(@ForAll("amounts") BigDecimal amount,
                                                        @ForAll @LongRange(min = 1, max = 60L * 86_400) long delay) {
        Verdict v = book().evaluate(lateBy(amount, delay, 1));
        assertThat(v.compensations()).as("one late order is paid once").hasSize(1);
        for (Compensation late : latePayouts(v)) {
            assertThat(late.amount()).isNotNegative().isBetween(min(), cap());
            assertThat(late.amount()).isLessThanOrEqualTo(amount.max(min()));
        }
    }

    @Property
    public void moreDelayNeverLowersThePayout(@ForAll("amounts") BigDecimal amount,
                                              @ForAll @LongRange(min = -3600, max = 30L * 86_400) long delay,
                                              @ForAll @LongRange(min = 0, max = 30L * 86_400) long more) {
        BigDecimal before = totalPayout(book().evaluate(lateBy(amount, delay, 1)));
        BigDecimal after = totalPayout(book().evaluate(lateBy(amount, delay + more, 1)));
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property(tries = 50)
    public void factOrderDoesNotMatter(@ForAll("amounts") BigDecimal amount,
                                       @ForAll @IntRange(min = 1, max = 6) int orders, @ForAll long seed) {
        CaseFacts c = lateBy(amount, 3600, orders);
        assertThat(book().evaluate(CaseBuilder.shuffled(c, seed))).isEqualTo(book().evaluate(c));
    }

    @Property(tries = 50)
    public void evaluatingTwiceGivesEqualVerdicts(@ForAll("amounts") BigDecimal amount) {
        CaseFacts c = lateBy(amount, 7200, 2);
        assertThat(book().evaluate(c)).isEqualTo(book().evaluate(c));
    }
}
