package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.whatif.SideTally.ShopKey;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Part of a what-if over cases the caller distributes itself, e.g. over the partitions of a Spark job. A part
 * decides, on the calling thread, the cases submitted to it; it must be given every case of its shops, each shop's
 * cases in input order (their ledgers run through them). Parts then merge in any order, and
 * {@link WhatIf#report(WhatIfPart)} of all of them merged equals {@link WhatIf#run} over the whole file.
 *
 * <p>A part is serialisable for its tallies and changed cases; the ledgers and rules it decides with stay behind,
 * so a part that was serialised only merges.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WhatIfPart implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SideTally baselineTally = new SideTally();
    private final SideTally scenarioTally = new SideTally();
    private final ChangedCases changed;
    private long cases;
    private long invalid;
    private final transient WhatIf whatIf;
    private final transient Side baseline;
    private final transient Side scenario;
    private final transient Map<ShopKey, Long> lastPosition;

    WhatIfPart(WhatIf whatIf) {
        this.whatIf = whatIf;
        this.changed = new ChangedCases(whatIf.shown());
        this.baseline = whatIf.baselineSide(baselineTally);
        this.scenario = whatIf.scenarioSide(scenarioTally);
        this.lastPosition = new HashMap<>();
    }

    /**
     * Decides one case under baseline and scenario.
     *
     * @param position the case's position in the input (any increasing numbering; it orders the changed cases)
     * @param line the case's line, for the report
     * @throws IllegalArgumentException if no pack for the case's platform is loaded (the case is not counted)
     * @throws IllegalStateException if the shop's previous case had a later position, or the part was serialised
     * @throws WhatIfException if deciding the case failed (e.g. a rule looped)
     */
    public void submit(long position, long line, CaseFacts c) {
        Objects.requireNonNull(c, "case");
        if (whatIf == null) {
            throw new IllegalStateException("a part that was serialised only merges; decide cases in a new part");
        }
        whatIf.checkDecidable(c.platform());
        ShopKey shop = ShopKey.of(c);
        Long last = lastPosition.get(shop);
        if (last != null && last >= position) {
            throw new IllegalStateException("case " + c.caseId() + " (position " + position + ") of shop "
                    + shop.shopId() + " came after position " + last + ": a shop's cases must come in input order");
        }
        lastPosition.put(shop, position);
        cases++;
        try {
            changed.compare(position, line, c.platform(), baseline.decide(c), scenario.decide(c));
        } catch (RuntimeException e) {
            throw new WhatIfException("case " + c.caseId() + " (line " + line + "): " + e.getMessage(), e);
        }
    }

    /** Counts input entries that were not valid cases (reported by the caller); they show in the report. */
    public void countInvalid(long entries) {
        if (entries < 0) {
            throw new IllegalArgumentException("entries: must not be negative, was " + entries);
        }
        invalid += entries;
    }

    /** Cases decided so far. */
    public long cases() {
        return cases;
    }

    /**
     * Adds another part's results to this one.
     *
     * @throws IllegalStateException if both parts decided cases of one shop (its ledger would have been split)
     */
    public WhatIfPart merge(WhatIfPart other) {
        for (ShopKey shop : other.baselineTally.shops.keySet()) {
            if (baselineTally.shops.containsKey(shop)) {
                throw new IllegalStateException("shop " + shop.platform().code() + "/" + shop.shopId()
                        + " was decided in two parts; all cases of a shop belong in one part");
            }
        }
        baselineTally.merge(other.baselineTally);
        scenarioTally.merge(other.scenarioTally);
        changed.merge(other.changed);
        cases += other.cases;
        invalid += other.invalid;
        return this;
    }

    WhatIfReport report(ReportAssembler reports) {
        return reports.assemble(baselineTally, scenarioTally, cases, invalid, changed);
    }
}
