package dev.shoprules.taobao;

import static dev.shoprules.core.testing.PointsSession.worth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.testing.PointsSession;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.SanctionKind;
import dev.shoprules.core.verdict.Severity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** TAOBAO-POINTS paths that need SERIOUS (B-class) points, which only the chat rules produce. */
class PointsSanctionsTest {
    private static final Instant AS_OF = CaseBuilder.at("2026-03-05T12:00+08:00");
    private static final PointsSession SESSION = PointsSession.of(Platform.TAOBAO);

    @Test
    void seriousNodesRestrictFor7_14And21DaysAndSealAt48() {
        assertThat(SESSION.sanctions(AS_OF, new Ledger(2026, 0, 0), worth(0, 48)))
                .extracting(Sanction::kind, Sanction::threshold, Sanction::days, Sanction::pointsAfter)
                .containsExactly(
                        tuple(SanctionKind.RESTRICTION, 12, 7, 48),
                        tuple(SanctionKind.RESTRICTION, 24, 14, 48),
                        tuple(SanctionKind.RESTRICTION, 36, 21, 48),
                        tuple(SanctionKind.ACCOUNT_SEALED, 48, null, 48));
    }

    @Test
    void reachingTheSealFromTheLedgerSealsOnce() {
        assertThat(SESSION.sanctions(AS_OF, new Ledger(2026, 0, 44), worth(0, 6))).singleElement().satisfies(s -> {
            assertThat(s.ruleId()).isEqualTo("TAOBAO-POINTS");
            assertThat(s.kind()).isEqualTo(SanctionKind.ACCOUNT_SEALED);
            assertThat(s.severity()).isEqualTo(Severity.SERIOUS);
            assertThat(s.threshold()).isEqualTo(48);
            assertThat(s.pointsAfter()).isEqualTo(50);
            assertThat(s.confidence()).isEqualTo(Confidence.PUBLIC);
        });
        assertThat(SESSION.sanctions(AS_OF, new Ledger(2026, 0, 48), worth(0, 6))).isEmpty();
    }

    @Test
    void generalPointsNeverSealHoweverManyThereAre() {
        assertThat(SESSION.sanctions(AS_OF, new Ledger(2026, 40, 0), worth(60, 0)))
                .extracting(Sanction::kind, Sanction::threshold)
                .containsExactly(tuple(SanctionKind.RESTRICTION, 48), tuple(SanctionKind.RESTRICTION, 60),
                        tuple(SanctionKind.RESTRICTION, 72), tuple(SanctionKind.RESTRICTION, 84),
                        tuple(SanctionKind.RESTRICTION, 96));
    }

    @Test
    void generalAndSeriousAreCountedApart() {
        assertThat(SESSION.sanctions(AS_OF, new Ledger(2026, 10, 10), worth(0, 2)))
                .extracting(Sanction::severity, Sanction::threshold, Sanction::days)
                .containsExactly(tuple(Severity.SERIOUS, 12, 7));
        assertThat(SESSION.sanctions(AS_OF, new Ledger(2026, 10, 10), worth(2, 0)))
                .extracting(Sanction::severity, Sanction::threshold, Sanction::days)
                .containsExactly(tuple(Severity.GENERAL, 12, 7));
    }
}
