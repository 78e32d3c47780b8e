package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.pack.Figure;
import dev.shoprules.core.pack.FigureType;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One effective-dated version of a rule with its figures resolved (pack defaults plus user overrides).
 * Versions are half-open {@code [from, until)}; a null bound is open. Inserted into every evaluation as an
 * immutable fact, so DRL selects the version in force at the relevant fact's time with
 * {@code RuleVersion(ruleId == "…", inForce($order.paidAt()))} and one compiled KieBase serves any parameters.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public final class RuleVersion {
    private final String ruleId;
    private final String slug;
    private final String version;
    private final Instant from;
    private final Instant until;
    private final Severity severity;
    private final String citation;
    private final Map<String, Figure> figures;
    private final Confidence confidence;

    public RuleVersion(String ruleId, String slug, String version, Instant from, Instant until,
                       Severity severity, String citation, Map<String, Figure> figures) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.version = Objects.requireNonNull(version, "version");
        this.from = from;
        this.until = until;
        this.severity = Objects.requireNonNull(severity, "severity");
        this.citation = Objects.requireNonNull(citation, "citation");
        this.figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        this.confidence = this.figures.values().stream().map(Figure::confidence)
                .reduce(Confidence.PUBLIC, Confidence::weakest);
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException(ruleId + " version " + version + ": from must be before until");
        }
    }

    public String ruleId() { return ruleId; }
    public String slug() { return slug; }
    public String version() { return version; }
    public Instant from() { return from; }
    public Instant until() { return until; }
    public Severity severity() { return severity; }
    public String citation() { return citation; }
    public Map<String, Figure> figures() { return figures; }

    /** The weakest confidence among the figures this version applies. */
    public Confidence confidence() { return confidence; }

    /** Whether this version is in force at {@code instant}: {@code from <= instant < until}. */
    public boolean inForce(Instant instant) {
        return instant != null
                && (from == null || !instant.isBefore(from))
                && (until == null || instant.isBefore(until));
    }

    public Figure figure(String name) {
        Figure f = figures.get(name);
        if (f == null) {
            throw new IllegalArgumentException(ruleId + " version " + version + " has no figure \"" + name
                    + "\" (has " + figures.keySet() + ")");
        }
        return f;
    }

    public boolean has(String name) {
        return figures.containsKey(name);
    }

    public BigDecimal money(String name) { return (BigDecimal) typed(name, FigureType.MONEY); }
    public BigDecimal rate(String name) { return (BigDecimal) typed(name, FigureType.RATE); }
    public int integer(String name) { return (Integer) typed(name, FigureType.INTEGER); }
    public Duration hours(String name) { return Duration.ofHours((Integer) typed(name, FigureType.HOURS)); }
    public Duration days(String name) { return Duration.ofDays((Integer) typed(name, FigureType.DAYS)); }
    public Duration seconds(String name) { return Duration.ofSeconds((Integer) typed(name, FigureType.SECONDS)); }

    /** The version's {@code points} figure, or 0 for a rule that costs no points. */
    public int points() {
        return has("points") ? integer("points") : 0;
    }

    private Object typed(String name, FigureType type) {
        Figure f = figure(name);
        if (f.type() != type) {
            throw new IllegalArgumentException(ruleId + "." + name + " is " + f.type() + ", not " + type);
        }
        return f.value();
    }

    /** This version with figure {@code name} set to an already-typed value; the pack default stays in the audit trail. */
    public RuleVersion withFigure(String name, Object value) {
        Map<String, Figure> changed = new LinkedHashMap<>(figures);
        changed.put(name, figure(name).withValue(value));
        return new RuleVersion(ruleId, slug, version, from, until, severity, citation, changed);
    }

    @Override
    public String toString() {
        return ruleId + "@" + version;
    }
}
