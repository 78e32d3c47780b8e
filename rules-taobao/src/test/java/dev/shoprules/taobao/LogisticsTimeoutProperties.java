package dev.shoprules.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.TrackingEvent;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of TAOBAO-LOGISTICS-TIMEOUT over generated tracks (2025-09-05 version): at most one case per order,
 * a payout within [5, 50], and a longer wait between two updates never clears a timeout.
 */
class LogisticsTimeoutProperties {
    private static final RuleBook BOOK = RuleBook.load(Platform.TAOBAO);
    private static final Instant PAID = CaseBuilder.at("2026-03-01T10:00+08:00");
    private static final Instant PICKUP = PAID.plus(Duration.ofHours(2));
    private static final List<String> PROVINCES = List.of("浙江", "江苏", "甘肃", "新疆", "广东");

    /** Hours between consecutive updates after pickup; the last update is the signing. */
    @Provide
    Arbitrary<List<Integer>> gaps() {
        return Arbitraries.integers().between(1, 150).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> provinces() {
        return Arbitraries.of(PROVINCES).list().ofSize(7);
    }

    private static Verdict evaluate(BigDecimal amount, List<Integer> gaps, List<String> provinces) {
        List<TrackingEvent> events = new ArrayList<>();
        events.add(new TrackingEvent(PICKUP, provinces.get(0)));
        Instant at = PICKUP;
        for (int i = 0; i < gaps.size(); i++) {
            at = at.plus(Duration.ofHours(gaps.get(i)));
            events.add(new TrackingEvent(at, provinces.get(i + 1)));
        }
        Shipment parcel = new Shipment("o-1", Carrier.ZTO, "ZT1", PICKUP, PICKUP, at, events, List.of());
        return BOOK.evaluate(CaseBuilder.of(Platform.TAOBAO).asOf(at.plus(Duration.ofDays(1)))
                .order("o-1", amount, PAID, BigDecimal.ZERO, null)
                .shipment(parcel)
                .build());
    }

    private static List<Compensation> timeoutPayouts(Verdict v) {
        return v.compensations().stream().filter(c -> c.ruleId().equals("TAOBAO-LOGISTICS-TIMEOUT")).toList();
    }

    private static long timeouts(Verdict v) {
        return v.violations().stream().filter(x -> x.ruleId().equals("TAOBAO-LOGISTICS-TIMEOUT")).count();
    }

    @Property(tries = 300)
    void oneCasePerOrderPaidWithinMinAndCap(@ForAll @IntRange(max = 100_000) int yuan,
                                            @ForAll("gaps") List<Integer> gaps,
                                            @ForAll("provinces") List<String> provinces) {
        Verdict v = evaluate(BigDecimal.valueOf(yuan), gaps, provinces);
        assertThat(timeouts(v)).isLessThanOrEqualTo(1);
        assertThat(timeoutPayouts(v)).hasSize((int) timeouts(v))
                .allSatisfy(c -> assertThat(c.amount()).isBetween(new BigDecimal("5.00"), new BigDecimal("50.00")));
    }

    @Property(tries = 300)
    void aLongerWaitNeverClearsATimeout(@ForAll("gaps") List<Integer> gaps, @ForAll("provinces") List<String> provinces,
                                        @ForAll @IntRange(max = 5) int which, @ForAll @IntRange(max = 100) int more) {
        List<Integer> longer = new ArrayList<>(gaps);
        int i = which % gaps.size();
        longer.set(i, gaps.get(i) + more);
        if (timeouts(evaluate(new BigDecimal("300.00"), gaps, provinces)) > 0) {
            assertThat(timeouts(evaluate(new BigDecimal("300.00"), longer, provinces))).isEqualTo(1);
        }
    }
}
