package dev.shoprules.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.verdict.Severity;
import org.junit.jupiter.api.Test;

class PointsTallyTest {

    private static Evaluation at(String asOf, Ledger ledger) {
        return new Evaluation("c", Platform.TMALL, CaseBuilder.at(asOf), null, ledger);
    }

    @Test
    void generalAndSeriousAreCountedApart() {
        Evaluation e = at("2026-06-01T00:00+08:00", new Ledger(2026, 10, 40));
        assertThat(PointsTally.of(e, Severity.GENERAL, 6).after()).isEqualTo(16);
        assertThat(PointsTally.of(e, Severity.SERIOUS, 6).after()).isEqualTo(46);
    }

    @Test
    void aThresholdFiresOnlyWhenThisCaseCrossesIt() {
        Evaluation e = at("2026-06-01T00:00+08:00", new Ledger(2026, 6, 0));
        PointsTally t = PointsTally.of(e, Severity.GENERAL, 6);
        assertThat(t.crosses(12)).isTrue();
        assertThat(t.crosses(6)).isFalse();
        assertThat(t.crosses(24)).isFalse();
        PointsTally already = PointsTally.of(at("2026-06-01T00:00+08:00", new Ledger(2026, 12, 0)), Severity.GENERAL, 6);
        assertThat(already.crosses(12)).isFalse();
    }

    @Test
    void theLedgerResetsAtMidnightOfNewYearInShanghai() {
        Ledger lastYear = new Ledger(2025, 11, 47);
        assertThat(PointsTally.ledgerPoints(at("2025-12-31T23:59:59+08:00", lastYear), Severity.GENERAL)).isEqualTo(11);
        assertThat(PointsTally.ledgerPoints(at("2026-01-01T00:00+08:00", lastYear), Severity.GENERAL)).isZero();
        // 2025-12-31T16:00Z is already 2026 in Shanghai.
        assertThat(PointsTally.ledgerPoints(at("2025-12-31T16:00Z", lastYear), Severity.SERIOUS)).isZero();
        assertThat(PointsTally.ledgerPoints(at("2026-03-01T00:00+08:00", null), Severity.GENERAL)).isZero();
    }

    @Test
    void multiplesCrossed() {
        Evaluation e = at("2026-06-01T00:00+08:00", new Ledger(2026, 11, 0));
        assertThat(PointsTally.of(e, Severity.GENERAL, 26).crossedMultiplesOf(12)).containsExactly(12, 24, 36);
        assertThat(PointsTally.of(e, Severity.GENERAL, 0).crossedMultiplesOf(12)).isEmpty();
    }

    @Test
    void pointsAreNeverNegative() {
        assertThatThrownBy(() -> new PointsTally(Severity.GENERAL, 2026, 0, -1)).hasMessageContaining("thisCase");
    }
}
