package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import dev.shoprules.core.rules.RuleVersion;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/** A deadline still ahead at {@code asOf}, so a shop system can act before it passes. */
@API(status = STABLE, since = "0.1")
public record Advisory(
        String ruleId,
        String orderId,
        AdvisoryKind kind,
        Instant due,
        String message,
        String ruleVersion,
        String citation,
        Confidence confidence,
        Map<String, Object> evidence) {

    public Advisory {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(message, "message");
        evidence = Evidence.copyOf(evidence);
    }

    public static Builder of(RuleVersion version) {
        return new Builder(version);
    }

    public static final class Builder {
        private final RuleVersion version;
        private String orderId;
        private AdvisoryKind kind;
        private Instant due;
        private String message;
        private Confidence confidence;
        private final Map<String, Object> evidence = new LinkedHashMap<>();

        private Builder(RuleVersion version) {
            this.version = Objects.requireNonNull(version, "version");
        }

        public Builder order(String orderId) { this.orderId = orderId; return this; }
        public Builder kind(AdvisoryKind kind) { this.kind = kind; return this; }
        public Builder due(Instant due) { this.due = due; return this; }
        public Builder message(String message) { this.message = message; return this; }
        public Builder evidence(String key, Object value) { evidence.put(key, value); return this; }

        /**
         * The figures this advisory applied: its confidence is the weakest of theirs rather than of every figure of
         * the version (a timer rule's auto-close hours and its postal auto-confirm days are not equally sure).
         */
        public Builder figures(String... names) {
            for (String name : names) {
                Confidence c = version.figure(name).confidence();
                confidence = confidence == null ? c : Confidence.weakest(confidence, c);
            }
            return this;
        }

        public Advisory build() {
            return new Advisory(version.ruleId(), orderId, kind, due, message, version.version(),
                    version.citation(), confidence != null ? confidence : version.confidence(), evidence);
        }
    }
}
