package dev.shoprules.core.testing;

import static dev.shoprules.core.testing.PointsSession.worth;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.Severity;
import dev.shoprules.core.verdict.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of every pack's POINTS rule (ARCHITECTURE.md): points never negative, every sanctioned node lies in
 * this case's span, sanctions monotone, each node sanctioned once however the points are split over cases, and the
 * ledger reset only across a natural year. A pack's properties class extends this with its platform.
 */
public abstract class PointsInvariants {
    private static final Instant MID_2026 = Times.startOf(LocalDate.of(2026, 6, 15));

    private static final Map<Platform, PointsSession> SESSIONS = new ConcurrentHashMap<>();

    /** The platform whose pack is checked. */
    protected abstract Platform platform();

    private List<Sanction> sanctions(Instant asOf, Ledger ledger, List<Violation> violations) {
        return SESSIONS.computeIfAbsent(platform(), PointsSession::of).sanctions(asOf, ledger, violations);
    }

    private static Set<String> nodes(List<Sanction> sanctions) {
        Set<String> out = new TreeSet<>();
        sanctions.forEach(s -> out.add(s.severity() + "@" + s.threshold()));
        return out;
    }

    @Property(tries = 200)
    public void pointsAreNeverNegativeAndEveryNodeLiesInThisCasesSpan(
            @ForAll @IntRange(max = 60) int ledgerGeneral, @ForAll @IntRange(max = 60) int ledgerSerious,
            @ForAll @IntRange(max = 60) int general, @ForAll @IntRange(max = 60) int serious) {
        for (Sanction s : sanctions(MID_2026, new Ledger(2026, ledgerGeneral, ledgerSerious), worth(general, serious))) {
            int before = (Integer) s.evidence().get("pointsBefore");
            int thisCase = (Integer) s.evidence().get("pointsThisCase");
            assertThat(before).isNotNegative();
            assertThat(thisCase).isNotNegative();
            assertThat(s.pointsAfter()).isEqualTo(before + thisCase);
            assertThat(s.threshold()).isGreaterThan(before).isLessThanOrEqualTo(s.pointsAfter());
            assertThat(before).isEqualTo(s.severity() == Severity.GENERAL ? ledgerGeneral : ledgerSerious);
        }
    }

    @Property(tries = 150)
    public void morePointsNeverLiftASanction(@ForAll @IntRange(max = 50) int ledger, @ForAll @IntRange(max = 40) int points,
                                      @ForAll @IntRange(max = 40) int more) {
        Set<String> fewer = nodes(sanctions(MID_2026, new Ledger(2026, ledger, ledger), worth(points, points)));
        Set<String> larger = nodes(sanctions(MID_2026, new Ledger(2026, ledger, ledger), worth(points + more, points + more)));
        assertThat(larger).containsAll(fewer);
    }

    @Property(tries = 150)
    public void splittingPointsOverTwoCasesSanctionsEachNodeOnce(@ForAll @IntRange(max = 50) int ledger,
                                                          @ForAll @IntRange(max = 30) int first,
                                                          @ForAll @IntRange(max = 30) int second) {
        List<Sanction> both = new ArrayList<>(sanctions(MID_2026, new Ledger(2026, ledger, ledger), worth(first, first)));
        both.addAll(sanctions(MID_2026, new Ledger(2026, ledger + first, ledger + first), worth(second, second)));
        List<Sanction> once = sanctions(MID_2026, new Ledger(2026, ledger, ledger), worth(first + second, first + second));
        assertThat(both).extracting(s -> s.severity() + "@" + s.threshold()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(nodes(once));
    }

    @Property(tries = 100)
    public void theLedgerResetsOnlyAcrossANaturalYear(@ForAll @IntRange(min = 2001, max = 2100) int year,
                                              @ForAll @IntRange(max = 60) int ledger,
                                              @ForAll @IntRange(max = 40) int points) {
        Instant newYear = Times.startOf(LocalDate.of(year, 1, 1));
        Instant lastSecond = newYear.minusSeconds(1);
        Ledger lastYears = new Ledger(year - 1, ledger, ledger);
        // Within the ledger's year it counts in full, up to the last second of 31 December (Asia/Shanghai)…
        assertThat(nodes(sanctions(lastSecond, lastYears, worth(points, points))))
                .isEqualTo(nodes(sanctions(MID_2026, new Ledger(2026, ledger, ledger), worth(points, points))));
        // …and from 00:00 on 1 January it counts as nothing, exactly like an empty ledger.
        assertThat(nodes(sanctions(newYear, lastYears, worth(points, points))))
                .isEqualTo(nodes(sanctions(newYear, new Ledger(year, 0, 0), worth(points, points))));
    }
}
