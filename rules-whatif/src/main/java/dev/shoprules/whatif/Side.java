package dev.shoprules.whatif;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.whatif.SideTally.ShopKey;
import java.util.function.Function;

/**
 * One side (baseline or scenario) of a worker or part: its rule book, the ledgers its shops carry, its sums. Not
 * thread-safe: one thread decides a side's cases, each shop's in input order.
 */
final class Side {
    private final boolean isBaseline;
    private final Function<CaseFacts, Verdict> rules;
    private final FactShifts shifts;
    private final ShopLedgers ledgers = new ShopLedgers();
    private final SideTally tally;

    Side(boolean isBaseline, Function<CaseFacts, Verdict> rules, FactShifts shifts, SideTally tally) {
        this.isBaseline = isBaseline;
        this.rules = rules;
        this.shifts = shifts;
        this.tally = tally;
    }

    SideTally tally() {
        return tally;
    }

    /** Decides the case (shifted, for the scenario) with the ledger its shop has carried so far, and sums it. */
    CaseOutcome decide(CaseFacts facts) {
        CaseFacts c = isBaseline ? facts : shifts.apply(facts);
        ShopKey shop = ShopKey.of(c);
        int year = Times.year(c.asOf());
        Verdict v = rules.apply(ledgers.carried(c, shop, year));
        ledgers.add(shop, year, v.totals());
        tally.add(v, shop, year);
        return CaseOutcome.of(isBaseline, v);
    }
}
