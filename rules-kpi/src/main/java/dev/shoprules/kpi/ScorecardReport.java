package dev.shoprules.kpi;

import java.util.List;
import java.util.Objects;

/**
 * The scorecards of a case file ({@code shoprules kpi --format json} writes exactly this): one {@link Scorecard}
 * per group, ordered by platform, shop and key; {@code cases} scored; {@code errors} entries that were not valid
 * cases (reported by the caller, not counted); and the {@code figures} that judged them (service hours, targets,
 * bands), each with its confidence and citation.
 */
public record ScorecardReport(GroupBy by, List<Scorecard> groups, long cases, long errors, List<AppliedFigure> figures) {
    public ScorecardReport {
        Objects.requireNonNull(by, "by");
        groups = List.copyOf(groups);
        figures = List.copyOf(figures);
    }

    /**
     * A parameter as it was applied: key ({@code tmall.kpi.rate-3min-target}), value, confidence, citation; the
     * version in force at the latest {@code asOf} of the platform's cases.
     */
    public record AppliedFigure(String key, Object value, String confidence, String citation, boolean overridden) {}
}
