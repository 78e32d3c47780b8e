package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import dev.shoprules.core.rules.RuleVersion;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/** A rule the shop broke, with the audit trail: rule version, citation, confidence of the figures, evidence. */
@API(status = STABLE, since = "0.1")
public record Violation(
        String ruleId,
        String ruleVersion,
        Severity severity,
        int points,
        String orderId,
        String chatId,
        Integer messageIndex,
        String reason,
        String citation,
        Confidence confidence,
        Map<String, Object> evidence) {

    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
        if (points < 0) {
            throw new IllegalArgumentException("points: must not be negative, was " + points);
        }
        evidence = Evidence.copyOf(evidence);
    }

    /** Starts a violation of the given rule version: severity, points, citation and confidence come from it. */
    public static Builder of(RuleVersion version) {
        return new Builder(version);
    }

    public static final class Builder {
        private final RuleVersion version;
        private Severity severity;
        private int points;
        private String orderId;
        private String chatId;
        private Integer messageIndex;
        private String reason;
        private final Map<String, Object> evidence = new LinkedHashMap<>();

        private Builder(RuleVersion version) {
            this.version = Objects.requireNonNull(version, "version");
            this.severity = version.severity();
            this.points = severity == Severity.WARNING ? 0 : version.points();
        }

        public Builder order(String orderId) { this.orderId = orderId; return this; }
        public Builder message(String chatId, int messageIndex) {
            this.chatId = chatId;
            this.messageIndex = messageIndex;
            return this;
        }
        public Builder chat(String chatId) { this.chatId = chatId; return this; }
        public Builder severity(Severity severity) { this.severity = severity; return this; }
        public Builder points(int points) { this.points = points; return this; }
        public Builder reason(String reason) { this.reason = reason; return this; }
        public Builder evidence(String key, Object value) { evidence.put(key, value); return this; }
        public Builder evidence(Map<String, ?> more) { evidence.putAll(more); return this; }

        public Violation build() {
            return new Violation(version.ruleId(), version.version(), severity, points, orderId, chatId,
                    messageIndex, reason, version.citation(), version.confidence(), evidence);
        }
    }

}
