package dev.shoprules.whatif;

import dev.shoprules.core.Platform;
import java.io.Serializable;
import java.util.List;
import java.util.TreeMap;

/**
 * The cases whose verdict differs between baseline and scenario: every one counted, the first {@code shown} by
 * input position kept for the report. Thread-safe; the changed cases of several parts of a file merge.
 */
final class ChangedCases implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int shown;
    private final TreeMap<Long, ChangedCase> first = new TreeMap<>();
    private long count;

    ChangedCases(int shown) {
        this.shown = shown;
    }

    /** Compares the two sides of the case at input position {@code seq}; a difference is counted, maybe kept. */
    synchronized void compare(long seq, long line, Platform platform, CaseOutcome baseline, CaseOutcome scenario) {
        if (baseline.findings().equals(scenario.findings())) {
            return;
        }
        count++;
        if (kept(seq)) {
            keep(seq, new ChangedCase(baseline.caseId(), platform, line, baseline.totals(), scenario.totals(),
                    CaseOutcome.minus(baseline.findings(), scenario.findings()),
                    CaseOutcome.minus(scenario.findings(), baseline.findings())));
        }
    }

    /** Adds the other part's changed cases (positions of a file never repeat across its parts). */
    synchronized void merge(ChangedCases other) {
        List<java.util.Map.Entry<Long, ChangedCase>> theirs;
        synchronized (other) {
            count += other.count;
            theirs = List.copyOf(other.first.entrySet());
        }
        theirs.forEach(e -> {
            if (kept(e.getKey())) {
                keep(e.getKey(), e.getValue());
            }
        });
    }

    synchronized long count() {
        return count;
    }

    /** The first changed cases in input order. */
    synchronized List<ChangedCase> first() {
        return List.copyOf(first.values());
    }

    private boolean kept(long seq) {
        return first.size() < shown || (shown > 0 && seq < first.lastKey());
    }

    private void keep(long seq, ChangedCase c) {
        first.put(seq, c);
        if (first.size() > shown) {
            first.pollLastEntry();
        }
    }
}
