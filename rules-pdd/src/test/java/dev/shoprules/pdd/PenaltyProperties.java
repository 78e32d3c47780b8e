package dev.shoprules.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.ClosedBy;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.SanctionKind;
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

/**
 * Invariants of PDD's out-of-stock payouts and deposit penalties: vouchers within [3, 100], one deposit FINE of 50
 * per violating order, a 7-day RESTRICTION from 3 orders on, and sanctions that do not depend on fact order.
 */
class PenaltyProperties {
    private static final RuleBook BOOK = RuleBook.load(Platform.PDD);
    private static final Instant PAID = CaseBuilder.at("2026-06-01T10:00+08:00");

    @Provide
    Arbitrary<List<BigDecimal>> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999.99")).ofScale(2)
                .list().ofMinSize(1).ofMaxSize(6);
    }

    private static CaseFacts outOfStock(List<BigDecimal> amounts) {
        CaseBuilder b = CaseBuilder.of(Platform.PDD).asOf(PAID.plus(Duration.ofDays(10)));
        for (int i = 0; i < amounts.size(); i++) {
            String id = "o-" + i;
            b.order(id, amounts.get(i), PAID, BigDecimal.ZERO, null)
                    .grouped(id, PAID.plus(Duration.ofHours(i)))
                    .closed(id, ClosedBy.SELLER, PAID.plus(Duration.ofHours(30)), CloseReason.values()[i % 3]);
        }
        return b.build();
    }

    @Property(tries = 200)
    void finesAndRestrictionsFollowTheOrderCount(@ForAll("amounts") List<BigDecimal> amounts) {
        Verdict v = BOOK.evaluate(outOfStock(amounts));
        int n = amounts.size();
        assertThat(v.compensations()).hasSize(n).extracting(Compensation::amount)
                .allSatisfy(a -> assertThat(a).isBetween(new BigDecimal("3.00"), new BigDecimal("100.00")));
        assertThat(v.sanctions()).filteredOn(s -> s.kind() == SanctionKind.FINE).extracting(Sanction::amount)
                .containsExactly(new BigDecimal("50.00").multiply(BigDecimal.valueOf(n)));
        assertThat(v.sanctions()).filteredOn(s -> s.kind() == SanctionKind.RESTRICTION)
                .hasSize(n >= 3 ? 1 : 0)
                .allSatisfy(s -> assertThat(s.days()).isEqualTo(7));
        assertThat(v.sanctions()).allSatisfy(s -> assertThat(s.pointsAfter()).isZero());
    }

    @Property(tries = 50)
    void neitherFactOrderNorRepetitionChangesTheVerdict(@ForAll("amounts") List<BigDecimal> amounts, @ForAll long seed) {
        CaseFacts c = outOfStock(amounts);
        Verdict first = BOOK.evaluate(c);
        assertThat(BOOK.evaluate(c)).isEqualTo(first);
        assertThat(BOOK.evaluate(CaseBuilder.shuffled(c, seed))).isEqualTo(first);
    }
}
