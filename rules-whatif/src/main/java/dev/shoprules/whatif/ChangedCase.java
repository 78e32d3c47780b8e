package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.Platform;
import dev.shoprules.core.verdict.Totals;
import java.io.Serializable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A case whose verdict differs between baseline and scenario: its totals under each, and the findings only the
 * baseline has ({@code removed}) or only the scenario has ({@code added}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ChangedCase(String caseId, Platform platform, long line, Totals baseline, Totals scenario,
                          List<String> removed, List<String> added) implements Serializable {
    public ChangedCase {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }
}
