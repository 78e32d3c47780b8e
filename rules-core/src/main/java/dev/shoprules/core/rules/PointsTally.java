package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.SanctionKind;
import dev.shoprules.core.verdict.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A shop's points of one severity (GENERAL and SERIOUS are counted apart) in the natural year of {@code asOf}
 * (Asia/Shanghai): what the ledger already held ({@code before}) and what this case adds. Points reset each
 * natural year, so a ledger of any other year counts as 0. A sanction node fires only when this case crosses
 * it: {@code before < threshold <= after}.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record PointsTally(Severity severity, int year, int before, int thisCase) {

    public PointsTally {
        Objects.requireNonNull(severity, "severity");
        if (before < 0) {
            throw new IllegalArgumentException("before: must not be negative, was " + before);
        }
        if (thisCase < 0) {
            throw new IllegalArgumentException("thisCase: must not be negative, was " + thisCase);
        }
    }

    /** The tally of {@code severity} for the evaluation's year, adding {@code thisCase} points of this case. */
    public static PointsTally of(Evaluation e, Severity severity, Number thisCase) {
        return new PointsTally(severity, e.year(), ledgerPoints(e, severity), thisCase == null ? 0 : thisCase.intValue());
    }

    /** The ledger's points of {@code severity} if the ledger is of {@code asOf}'s year, else 0 (yearly reset). */
    public static int ledgerPoints(Evaluation e, Severity severity) {
        Ledger l = e.ledger();
        if (l == null || l.year() != e.year()) {
            return 0;
        }
        return switch (severity) {
            case GENERAL -> l.generalPoints();
            case SERIOUS -> l.seriousPoints();
            case WARNING -> 0;
        };
    }

    public int after() {
        return Math.addExact(before, thisCase);
    }

    /** Whether this case takes the points from below {@code threshold} to at least it. */
    public boolean crosses(int threshold) {
        return before < threshold && threshold <= after();
    }

    /**
     * A sanction of version {@code v} at {@code node} points of this tally: kind, severity, threshold, points after,
     * the tally as evidence (year, points before, points of this case), and the confidence of the figures it applies
     * ({@code basedOn}: the node's, and the fine's or the duration's). Every pack's points rules build their
     * sanctions here.
     */
    public Sanction.Builder sanction(RuleVersion v, SanctionKind kind, int node, String... basedOn) {
        if (basedOn.length == 0) {
            throw new IllegalArgumentException("basedOn: name at least the figure that sets the node");
        }
        return Sanction.of(v).kind(kind).severity(severity).threshold(node).pointsAfter(after()).basedOn(basedOn)
                .evidence("year", year)
                .evidence("pointsBefore", before)
                .evidence("pointsThisCase", thisCase);
    }

    /** Every multiple of {@code step} this case crosses (for "every 12 points" rules), lowest first. */
    public List<Integer> crossedMultiplesOf(int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("step: must be positive, was " + step);
        }
        List<Integer> crossed = new ArrayList<>();
        for (int t = (before / step + 1) * step; t <= after(); t += step) {
            crossed.add(t);
        }
        return crossed;
    }
}
