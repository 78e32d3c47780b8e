package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.rules.Payout;
import dev.shoprules.core.rules.RuleVersion;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the shop owes a buyer (or would owe on complaint). For {@link CompensationForm#TMALL_POINTS}
 * {@code points} gives the amount in Tmall points (1 point = 0.01 yuan).
 */
@API(status = STABLE, since = "0.1")
public record Compensation(
        String ruleId,
        String orderId,
        String buyerId,
        BigDecimal amount,
        CompensationForm form,
        CompensationStatus status,
        String formula,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long points,
        String ruleVersion,
        String citation,
        Confidence confidence,
        Map<String, Object> evidence) {

    private static final BigDecimal POINTS_PER_YUAN = BigDecimal.valueOf(100);

    public Compensation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(status, "status");
        amount = Money.of(Objects.requireNonNull(amount, "amount"));
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount: must not be negative, was " + amount);
        }
        evidence = Evidence.copyOf(evidence);
    }

    public static Builder of(RuleVersion version) {
        return new Builder(version);
    }

    public static final class Builder {
        private final RuleVersion version;
        private Order order;
        private Payout payout;
        private BigDecimal refund;
        private String refundFormula;
        private CompensationForm form;
        private CompensationStatus status;
        private final Map<String, Object> evidence = new LinkedHashMap<>();

        private Builder(RuleVersion version) {
            this.version = Objects.requireNonNull(version, "version");
        }

        public Builder order(Order order) { this.order = order; return this; }
        public Builder payout(Payout payout) { this.payout = payout; return this; }

        /** Money of the buyer's still to be returned: form {@link CompensationForm#REFUND}, with its formula. */
        public Builder refund(BigDecimal amount, String formula) {
            this.refund = Objects.requireNonNull(amount, "amount");
            this.refundFormula = Objects.requireNonNull(formula, "formula");
            this.form = CompensationForm.REFUND;
            return this;
        }
        public Builder form(CompensationForm form) { this.form = form; return this; }
        public Builder status(CompensationStatus status) { this.status = status; return this; }
        public Builder evidence(String key, Object value) { evidence.put(key, value); return this; }

        public Compensation build() {
            Objects.requireNonNull(order, "order");
            if (refund != null) {
                return new Compensation(version.ruleId(), order.id(), order.buyerId(), refund, CompensationForm.REFUND,
                        Objects.requireNonNull(status, "status"), refundFormula, null, version.version(),
                        version.citation(), version.confidence(), evidence);
            }
            Objects.requireNonNull(payout, "payout");
            Map<String, Object> all = new LinkedHashMap<>(payout.evidence());
            all.putAll(evidence);
            Long points = form == CompensationForm.TMALL_POINTS
                    ? payout.amount().multiply(POINTS_PER_YUAN).longValueExact() : null;
            return new Compensation(version.ruleId(), order.id(), order.buyerId(), payout.amount(), form, status,
                    payout.formula(), points, version.version(), version.citation(), version.confidence(), all);
        }
    }
}
