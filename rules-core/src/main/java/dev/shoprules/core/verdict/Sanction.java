package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.shoprules.core.rules.RuleVersion;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A penalty the shop's points (or a platform's deposit rules) trigger: a fine, a restriction for some days,
 * or the account sealed. {@code threshold} is the node crossed, {@code pointsAfter} the points after this case.
 */
@API(status = STABLE, since = "0.1")
public record Sanction(
        String ruleId,
        SanctionKind kind,
        Severity severity,
        int threshold,
        int pointsAfter,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal amount,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer days,
        String ruleVersion,
        String citation,
        Confidence confidence,
        Map<String, Object> evidence) {

    public Sanction {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        amount = amount == null ? null : Money.of(amount);
        evidence = Evidence.copyOf(evidence);
    }

    public static Builder of(RuleVersion version) {
        return new Builder(version);
    }

    public static final class Builder {
        private final RuleVersion version;
        private SanctionKind kind;
        private Severity severity;
        private int threshold;
        private int pointsAfter;
        private BigDecimal amount;
        private Integer days;
        private Confidence confidence;
        private final Map<String, Object> evidence = new LinkedHashMap<>();

        private Builder(RuleVersion version) {
            this.version = Objects.requireNonNull(version, "version");
            this.severity = version.severity();
            this.confidence = version.confidence();
        }

        /**
         * The confidence of the figures this sanction applies, when a version's figures differ in confidence:
         * a fine at a SEED node is SEED even if another node of the version is ASSUMED.
         */
        public Builder basedOn(String... figureNames) {
            Confidence c = Confidence.PUBLIC;
            for (String name : figureNames) {
                c = Confidence.weakest(c, version.figure(name).confidence());
            }
            this.confidence = c;
            return this;
        }

        public Builder kind(SanctionKind kind) { this.kind = kind; return this; }
        public Builder severity(Severity severity) { this.severity = severity; return this; }
        public Builder threshold(int threshold) { this.threshold = threshold; return this; }
        public Builder pointsAfter(int pointsAfter) { this.pointsAfter = pointsAfter; return this; }
        public Builder amount(BigDecimal amount) { this.amount = amount; return this; }
        public Builder days(Integer days) { this.days = days; return this; }
        public Builder evidence(String key, Object value) { evidence.put(key, value); return this; }

        public Sanction build() {
            return new Sanction(version.ruleId(), kind, severity, threshold, pointsAfter, amount, days,
                    version.version(), version.citation(), confidence, evidence);
        }
    }
}
