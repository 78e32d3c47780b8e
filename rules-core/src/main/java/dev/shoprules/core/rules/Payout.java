package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.verdict.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The arithmetic every payout rule shares: {@code base × rate}, raised to {@code min}, lowered to
 * {@code cap}, HALF_UP to 2 decimals, with the formula a person can check.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record Payout(BigDecimal base, BigDecimal rate, BigDecimal min, BigDecimal cap, BigDecimal amount, String formula) {

    public static Payout of(BigDecimal base, BigDecimal rate, BigDecimal min, BigDecimal cap) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(cap, "cap");
        if (min.compareTo(cap) > 0) {
            throw new IllegalArgumentException("min " + min + " is above cap " + cap);
        }
        BigDecimal raw = Money.of(base.multiply(rate));
        BigDecimal amount = raw.max(min).min(cap);
        StringBuilder f = new StringBuilder()
                .append(Money.of(base).toPlainString()).append(" × ").append(percent(rate))
                .append(" = ").append(raw.toPlainString());
        if (amount.compareTo(raw) != 0) {
            f.append(" → ").append(Money.of(amount).toPlainString());
        }
        f.append("（");
        if (min.signum() > 0) {
            f.append("下限 ").append(Money.of(min).toPlainString()).append("，");
        }
        f.append("上限 ").append(Money.of(cap).toPlainString()).append("）");
        return new Payout(Money.of(base), rate, Money.of(min), Money.of(cap), Money.of(amount), f.toString());
    }

    /** The payout of {@code version}'s figures {@code rate}, {@code cap} and (if present) {@code min}. */
    public static Payout of(BigDecimal base, RuleVersion version) {
        return of(base, version.rate("rate"), version.has("min") ? version.money("min") : Money.ZERO,
                version.money("cap"));
    }

    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("base", base);
        e.put("rate", rate);
        e.put("min", min);
        e.put("cap", cap);
        return e;
    }

    static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }
}
