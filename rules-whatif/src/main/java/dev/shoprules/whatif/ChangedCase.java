package dev.shoprules.whatif;

import dev.shoprules.core.Platform;
import dev.shoprules.core.verdict.Totals;
import java.io.Serializable;
import java.util.List;

/**
 * A case whose verdict differs between baseline and scenario: its totals under each, and the findings only the
 * baseline has ({@code removed}) or only the scenario has ({@code added}).
 */
public record ChangedCase(String caseId, Platform platform, long line, Totals baseline, Totals scenario,
                          List<String> removed, List<String> added) implements Serializable {
    public ChangedCase {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }
}
