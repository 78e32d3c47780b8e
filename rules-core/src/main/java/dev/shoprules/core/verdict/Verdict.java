package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.shoprules.core.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Everything the rules decided about one case, each list in a stable order ({@code refunds} in case order).
 * {@code notJudged} lists the rules that could not decide an order because facts they need are unknown (written
 * only when there are some).
 */
@API(status = STABLE, since = "0.1")
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
        Totals totals,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NotJudged> notJudged) {

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
        notJudged = notJudged == null ? List.of() : List.copyOf(notJudged);
    }

    /** A verdict in which every rule could judge every order. */
    public Verdict(String caseId, Platform platform, Instant asOf, String packVersion, List<Violation> violations,
                   List<Compensation> compensations, List<Advisory> advisories, List<Sanction> sanctions,
                   List<Metric> metrics, List<RefundAssessment> refunds, Totals totals) {
        this(caseId, platform, asOf, packVersion, violations, compensations, advisories, sanctions, metrics, refunds,
                totals, List.of());
    }

    /** A verdict of a case without refund requests. */
    public Verdict(String caseId, Platform platform, Instant asOf, String packVersion, List<Violation> violations,
                   List<Compensation> compensations, List<Advisory> advisories, List<Sanction> sanctions,
                   List<Metric> metrics, Totals totals) {
        this(caseId, platform, asOf, packVersion, violations, compensations, advisories, sanctions, metrics,
                List.of(), totals);
    }
}
