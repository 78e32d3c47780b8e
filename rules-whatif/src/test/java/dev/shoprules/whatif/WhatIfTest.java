package dev.shoprules.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Shop;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.CompensationForm;
import dev.shoprules.core.verdict.CompensationStatus;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Money;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.SanctionKind;
import dev.shoprules.core.verdict.Severity;
import dev.shoprules.core.verdict.Totals;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The what-if machinery with stand-in rule books, so ledgers, sanctions, ordering and threads can be checked
 * exactly. A stand-in costs {@code points} per order late at {@code asOf} (paid more than 48 h before it), owes
 * {@code points} yuan per such order at risk, and fines the shop at 12 and 24 points of ledger + case, like a
 * pack's points rule. End-to-end runs over the real packs are in the command-line tests.
 */
class WhatIfTest {
    private static final Platform P = Platform.TMALL;

    static Function<CaseFacts, Verdict> book(int points) {
        return c -> {
            List<Violation> violations = new ArrayList<>();
            List<Compensation> compensations = new ArrayList<>();
            for (Order o : c.orders()) {
                if (o.paidAt() != null && o.paidAt().plus(Duration.ofHours(48)).isBefore(c.asOf())) {
                    violations.add(new Violation("TEST-LATE", "v1", Severity.GENERAL, points, o.id(), null, null,
                            "late", "test", Confidence.ASSUMED, Map.of()));
                    compensations.add(new Compensation("TEST-LATE", o.id(), o.buyerId(), BigDecimal.valueOf(points),
                            CompensationForm.CASH, CompensationStatus.AT_RISK, "f", null, "v1", "test",
                            Confidence.ASSUMED, Map.of()));
                }
            }
            int before = c.ledger() == null ? 0 : c.ledger().generalPoints();
            int after = before + points * violations.size();
            List<Sanction> sanctions = new ArrayList<>();
            for (int node : new int[] {12, 24}) {
                if (before < node && after >= node) {
                    sanctions.add(new Sanction("TEST-POINTS", SanctionKind.FINE, Severity.GENERAL, node, after, null,
                            null, "v1", "test", Confidence.ASSUMED, Map.of()));
                }
            }
            BigDecimal atRisk = Money.of(BigDecimal.valueOf((long) points * violations.size()));
            return new Verdict(c.caseId(), c.platform(), c.asOf(), "test", violations, compensations, List.of(),
                    sanctions, List.of(), new Totals(points * violations.size(), 0, Money.ZERO, atRisk));
        };
    }

    static WhatIf whatIf(int basePoints, int scenarioPoints, List<FactShift> shifts, int threads, int shown) {
        return new WhatIf(book(basePoints), book(scenarioPoints), p -> {
            if (p != P) {
                throw new IllegalArgumentException("no rules for platform " + p.code());
            }
        }, Map.of("TEST-LATE", "测试"), Map.of("test.late.points", scenarioPoints), FactShifts.of(shifts), threads,
                shown);
    }

    /** One late order (paid 3 days before asOf) for the shop, at asOf. */
    static CaseFacts late(String id, String shop, Ledger ledger, String asOf) {
        CaseFacts c = CaseBuilder.of(P).id(id).asOf(asOf).order("o-" + id, "100.00",
                CaseBuilder.at(asOf).minus(Duration.ofDays(3)).toString().replace("Z", "+00:00")).build();
        return new CaseFacts(c.caseId(), P, c.asOf(), new Shop(shop, shop, List.of()), ledger, c.orders(),
                c.promises(), c.shipments(), c.invoices(), c.chats(), c.complaints());
    }

    @Test
    void pointsRunThroughEachShopsYearFromItsLedgerAndEachSanctionCountsOnce() {
        Ledger a = new Ledger(2026, 8, 0);
        Ledger stale = new Ledger(2025, 11, 0);
        List<CaseFacts> cases = List.of(
                late("a1", "A", a, "2026-03-01T12:00+08:00"),
                late("b1", "B", stale, "2026-03-02T12:00+08:00"),
                late("a2", "A", a, "2026-04-01T12:00+08:00"),
                late("a3", "A", a, "2026-05-01T12:00+08:00"),
                late("b2", "B", stale, "2026-05-02T12:00+08:00"),
                // 1 Jan 2027 00:00 Shanghai is a new natural year: A starts from zero (its ledger is for 2026).
                late("a4", "A", a, "2027-01-01T00:00+08:00"));
        WhatIfReport r = whatIf(2, 6, List.of(), 2, 10).run(cases);

        // Baseline, A: 8 → 10 → 12 (fine at 12) → 14. Scenario, A: 8 → 14 (12) → 20 → 26 (24); B from 0: 6 → 12 (12).
        assertThat(r.sanctions()).extracting(SanctionChange::shopId, SanctionChange::year, SanctionChange::threshold,
                        SanctionChange::baseline, SanctionChange::scenario)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", 2026, 12, true, true),
                        org.assertj.core.groups.Tuple.tuple("A", 2026, 24, false, true),
                        org.assertj.core.groups.Tuple.tuple("B", 2026, 12, false, true));
        assertThat(r.totals().baseline().sanctions()).isEqualTo(1);
        assertThat(r.totals().scenario().sanctions()).isEqualTo(3);
        assertThat(r.totals().delta().sanctions()).isEqualTo(2);
        assertThat(r.shops()).extracting(ShopChange::shopId, s -> s.points().baseline().general(),
                        s -> s.points().scenario().general(), s -> s.points().delta().general())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 8L, 24L, 16L),
                        org.assertj.core.groups.Tuple.tuple("B", 4L, 12L, 8L));
        assertThat(r.totals().delta().compensationAtRisk()).isEqualByComparingTo("24.00");
        assertThat(r.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.title()).isEqualTo("测试");
            assertThat(rule.change().baseline().violations()).isEqualTo(6);
            assertThat(rule.change().delta().compensationAtRisk()).isEqualByComparingTo("24.00");
        });
        assertThat(r.parameters()).containsEntry("test.late.points", 6);
        // Every case changed: its violation now costs 6 points. The one that crossed 12 in both still changed points.
        assertThat(r.changedCases()).isEqualTo(6);
    }

    @Test
    void theReportIsTheSameForAnyNumberOfThreads() {
        Random random = new Random(7);
        List<CaseFacts> cases = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String shop = "S" + random.nextInt(9);
            cases.add(late("c" + i, shop, new Ledger(2026, random.nextInt(12), 0),
                    "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T12:00+08:00"));
        }
        WhatIfReport one = whatIf(1, 3, List.of(), 1, 7).run(cases);
        assertThat(whatIf(1, 3, List.of(), 2, 7).run(cases)).isEqualTo(one);
        assertThat(whatIf(1, 3, List.of(), 5, 7).run(cases)).isEqualTo(one);
        assertThat(one.cases()).isEqualTo(600);
        assertThat(one.totals().scenario().sanctions()).isPositive();
    }

    @Test
    void theFirstChangedCasesAreShownInInputOrderAndAllAreCounted() {
        List<CaseFacts> cases = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // Even cases are late only with asOf a day later; odd ones are late either way.
            String asOf = i % 2 == 0 ? "2026-06-04T11:00+08:00" : "2026-06-05T12:00+08:00";
            CaseFacts c = late("c" + i, "S" + (i % 7), null, "2026-06-05T12:00+08:00");
            cases.add(new CaseFacts(c.caseId(), P, CaseBuilder.at(asOf), c.shop(), null, c.orders(), c.promises(),
                    c.shipments(), c.invoices(), c.chats(), c.complaints()));
        }
        // No points, so no sanction moves between cases: only the even cases change.
        WhatIfReport r = whatIf(0, 0, List.of(FactShift.parse("asOf=+1d")), 3, 4).run(cases);
        assertThat(r.changedCases()).isEqualTo(100);
        assertThat(r.firstChanged()).extracting(ChangedCase::line).containsExactly(1L, 3L, 5L, 7L);
        assertThat(r.firstChanged()).extracting(ChangedCase::caseId).containsExactly("c0", "c2", "c4", "c6");
        ChangedCase first = r.firstChanged().get(0);
        assertThat(first.removed()).isEmpty();
        assertThat(first.added()).containsExactly("TEST-LATE compensation order o-c0 0.00 CASH AT_RISK",
                "TEST-LATE violation order o-c0 GENERAL 0 points");
        assertThat(r.shifts()).containsExactly("asOf=+1d");
        assertThat(r.totals().delta().violations()).isEqualTo(100);
    }

    @Test
    void aFailingCaseStopsTheRunWithItsIdAndNeverHangs() {
        Function<CaseFacts, Verdict> good = book(1);
        WhatIf w = new WhatIf(good, c -> {
            if (c.caseId().equals("c3")) {
                throw new IllegalStateException("rules fired without settling");
            }
            return good.apply(c);
        }, p -> { }, Map.of(), Map.of(), FactShifts.none(), 2, 5);
        List<CaseFacts> cases = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            cases.add(late("c" + i, "S" + (i % 3), null, "2026-06-05T12:00+08:00"));
        }
        assertThatThrownBy(() -> w.run(cases)).isInstanceOf(WhatIfException.class)
                .hasMessageContaining("case c3 (line 4)").hasMessageContaining("rules fired without settling");
    }

    @Test
    void pointsBeyondWhatALedgerHoldsStopTheRunNamingTheCaseInsteadOfBeingDropped() {
        Ledger full = new Ledger(2026, Integer.MAX_VALUE - 1, 0);
        List<CaseFacts> cases = List.of(late("f1", "F", full, "2026-03-01T12:00+08:00"),
                late("f2", "F", full, "2026-04-01T12:00+08:00"));
        assertThatThrownBy(() -> whatIf(2, 2, List.of(), 1, 5).run(cases)).isInstanceOf(WhatIfException.class)
                .hasMessageContaining("case f2 (line 2)")
                .hasMessageContaining("shop tmall/F has carried 2147483648 general and 0 serious points into 2026")
                .hasMessageContaining("more than a ledger holds");

        WhatIfPart part = whatIf(2, 2, List.of(), 1, 5).part();
        part.submit(1, 1, cases.get(0));
        assertThatThrownBy(() -> part.submit(2, 2, cases.get(1))).isInstanceOf(WhatIfException.class)
                .hasMessageContaining("case f2 (line 2)").hasMessageContaining("more than a ledger holds");
    }

    @Test
    void pointsToCarryIntoAYearNoLedgerHoldsStopTheRunButAFirstCaseThereIsDecidedAsGiven() {
        CaseFacts first = late("y1", "Y", null, "1999-03-01T12:00+08:00");
        assertThat(whatIf(2, 2, List.of(), 1, 5).run(List.of(first)).totals().baseline().violations()).isEqualTo(1);

        List<CaseFacts> cases = List.of(first, late("y2", "Y", null, "1999-04-01T12:00+08:00"));
        assertThatThrownBy(() -> whatIf(2, 2, List.of(), 1, 5).run(cases)).isInstanceOf(WhatIfException.class)
                .hasMessageContaining("case y2 (line 2)")
                .hasMessageContaining("2 general and 0 serious points to carry into 1999")
                .hasMessageContaining("outside what a ledger holds (2000–2200)");
    }

    @Test
    void aCaseNoPackCanDecideIsRefusedAtSubmitAndNotCounted() {
        try (WhatIfRun run = whatIf(1, 1, List.of(), 2, 5).start()) {
            CaseFacts pdd = CaseBuilder.of(Platform.PDD).build();
            assertThatThrownBy(() -> run.submit(1, pdd)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pdd");
            run.countInvalid();
            run.submit(2, late("t", "S", null, "2026-06-05T12:00+08:00"));
            WhatIfReport r = run.finish();
            assertThat(r.cases()).isEqualTo(1);
            assertThat(r.invalidCases()).isEqualTo(1);
            assertThat(r.changedCases()).isZero();
            assertThat(r.totals().delta()).isEqualTo(new Tally(0, 0, 0, Money.ZERO, Money.ZERO, 0));
        }
    }

    /** 600 cases of nine shops over 2026, ledgers and points enough to trigger sanctions. */
    static List<CaseFacts> manyShops() {
        Random random = new Random(11);
        List<CaseFacts> cases = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            cases.add(late("c" + i, "S" + random.nextInt(9), new Ledger(2026, random.nextInt(12), 0),
                    "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T12:00+08:00"));
        }
        return cases;
    }

    @Test
    void partsOfWholeShopsMergeIntoTheReportOfTheWholeFile() throws Exception {
        List<CaseFacts> cases = manyShops();
        WhatIf w = whatIf(1, 3, List.of(FactShift.parse("asOf=+1d")), 2, 7);
        WhatIfReport whole = w.run(cases);

        // Three parts by shop, each given its shops' cases in input order, and sent over the wire as a
        // distributed caller would; merged in another order than made. Bad entries are counted by the caller.
        List<WhatIfPart> parts = List.of(w.part(), w.part(), w.part());
        for (int i = 0; i < cases.size(); i++) {
            CaseFacts c = cases.get(i);
            parts.get(Math.floorMod(c.shop().id().hashCode(), 3)).submit(i, i + 1, c);
        }
        parts.get(1).countInvalid(2);
        WhatIfPart merged = serialised(parts.get(2)).merge(serialised(parts.get(0))).merge(serialised(parts.get(1)));

        WhatIfReport fromParts = w.report(merged);
        assertThat(fromParts).usingRecursiveComparison().ignoringFields("invalidCases").isEqualTo(whole);
        assertThat(fromParts.invalidCases()).isEqualTo(2);
        assertThat(fromParts.cases()).isEqualTo(600);
        assertThat(fromParts.changedCases()).isPositive();
        assertThat(fromParts.totals().scenario().sanctions()).isPositive();
    }

    @Test
    void aShopSplitAcrossPartsOrOutOfOrderIsRefused() throws Exception {
        WhatIf w = whatIf(1, 3, List.of(), 1, 7);
        WhatIfPart first = w.part();
        WhatIfPart second = w.part();
        first.submit(1, 1, late("a", "S", null, "2026-06-05T12:00+08:00"));
        second.submit(2, 2, late("b", "S", null, "2026-06-06T12:00+08:00"));
        assertThatThrownBy(() -> first.merge(second)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shop tmall/S was decided in two parts");

        assertThatThrownBy(() -> first.submit(1, 1, late("c", "S", null, "2026-06-07T12:00+08:00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("input order");
        WhatIfPart travelled = serialised(w.part());
        assertThatThrownBy(() -> travelled.submit(3, 3, late("d", "T", null, "2026-06-07T12:00+08:00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only merges");
    }

    private static WhatIfPart serialised(WhatIfPart part) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(part);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (WhatIfPart) in.readObject();
        }
    }
}
