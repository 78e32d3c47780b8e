package dev.shoprules.core.verdict;

import dev.shoprules.core.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Everything the rules decided about one case, each list in a stable order ({@code refunds} in case order). */
public record Verdict(
        String caseId,
        Platform platform,
        Instant asOf,
        String packVersion,
        List<Violation> violations,
        List<Compensation> compensations,
        List<Advisory> advisories,
        List<Sanction> sanctions,
        List<Metric> metrics,
        List<RefundAssessment> refunds,
        Totals totals) {

    public Verdict {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(asOf, "asOf");
        violations = List.copyOf(violations);
        compensations = List.copyOf(compensations);
        advisories = List.copyOf(advisories);
        sanctions = List.copyOf(sanctions);
        metrics = List.copyOf(metrics);
        refunds = List.copyOf(refunds);
        Objects.requireNonNull(totals, "totals");
    }

    /** A verdict of a case without refund requests. */
    public Verdict(String caseId, Platform platform, Instant asOf, String packVersion, List<Violation> violations,
                   List<Compensation> compensations, List<Advisory> advisories, List<Sanction> sanctions,
                   List<Metric> metrics, Totals totals) {
        this(caseId, platform, asOf, packVersion, violations, compensations, advisories, sanctions, metrics,
                List.of(), totals);
    }
}
