package dev.shoprules.tmall;

import static dev.shoprules.core.testing.PointsSession.worth;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.testing.PointsSession;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.SanctionKind;
import dev.shoprules.core.verdict.Severity;
import dev.shoprules.core.verdict.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TMALL-POINTS paths that need SERIOUS points, which only the chat rules produce. */
class PointsSanctionsTest {
    private static final Instant AS_OF = CaseBuilder.at("2026-11-05T12:00+08:00");
    private static final PointsSession SESSION = PointsSession.of(Platform.TMALL);

    private static List<Sanction> sanctions(Instant asOf, Ledger ledger, List<Violation> violations) {
        return SESSION.sanctions(asOf, ledger, violations);
    }

    @Test
    void seriousPointsReaching48SealTheAccount() {
        List<Sanction> s = sanctions(AS_OF, new Ledger(2026, 0, 44), worth(0, 6));
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("TMALL-POINTS");
            assertThat(x.kind()).isEqualTo(SanctionKind.ACCOUNT_SEALED);
            assertThat(x.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(x.threshold()).isEqualTo(48);
            assertThat(x.pointsAfter()).isEqualTo(50);
            assertThat(x.confidence()).isEqualTo(Confidence.SEED);
        });
    }

    @Test
    void seriousAndGeneralAreCountedApart() {
        // 10 general + 44 serious in the ledger; this case adds 6 serious: general stays below 12.
        assertThat(sanctions(AS_OF, new Ledger(2026, 10, 44), worth(0, 6)))
                .extracting(Sanction::kind).containsExactly(SanctionKind.ACCOUNT_SEALED);
        // 6 general points do not count toward the 48 serious ones.
        assertThat(sanctions(AS_OF, new Ledger(2026, 6, 44), worth(6, 0)))
                .extracting(Sanction::kind).containsExactly(SanctionKind.FINE);
    }

    @Test
    void exactlyAtANodeBeforeThisCaseIsNotSanctionedAgain() {
        assertThat(sanctions(AS_OF, new Ledger(2026, 0, 48), worth(0, 6))).isEmpty();
    }

    @Test
    void oneCaseCanCrossEveryNode() {
        List<Sanction> s = sanctions(AS_OF, new Ledger(2026, 0, 0), worth(36, 48));
        assertThat(s).extracting(Sanction::kind, Sanction::threshold).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SanctionKind.FINE, 12),
                org.assertj.core.groups.Tuple.tuple(SanctionKind.RESTRICTION, 24),
                org.assertj.core.groups.Tuple.tuple(SanctionKind.RESTRICTION, 36),
                org.assertj.core.groups.Tuple.tuple(SanctionKind.ACCOUNT_SEALED, 48));
        assertThat(s.get(0).amount()).isEqualByComparingTo("10000");
        assertThat(s.get(0).confidence()).isEqualTo(Confidence.SEED);
        assertThat(s.get(1).confidence()).isEqualTo(Confidence.ASSUMED);
    }
}
