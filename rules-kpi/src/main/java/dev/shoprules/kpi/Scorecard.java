package dev.shoprules.kpi;

import dev.shoprules.core.Platform;
import dev.shoprules.core.chat.ReplyKpi;
import dev.shoprules.core.rules.RuleVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One group's scorecard: {@code metrics} by their RULES.md names ({@link KpiMetric#key()}; counts are
 * {@code Long}, money {@code BigDecimal} with 2 decimals, rates and seconds {@code BigDecimal}, and {@code null}
 * where the metric has nothing to measure — no buyer asked, no reply in service hours, nothing paid — which is
 * "n/a", never 0); the response-time {@code bands}; the {@code targets} applied
 * ({@code <platform>.kpi.<name>-target}) and whether each is {@code met} (null when the metric is n/a); and the
 * {@code counts} every metric is computed from.
 */
public record Scorecard(
        Platform platform,
        String shopId,
        String key,
        Map<String, Object> metrics,
        Map<String, Band> bands,
        Map<String, BigDecimal> targets,
        Map<String, Boolean> met,
        Counts counts) {

    public Scorecard {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(counts, "counts");
        // Copies that keep the metric order and allow null (n/a) values.
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        bands = Collections.unmodifiableMap(new LinkedHashMap<>(bands));
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        met = Collections.unmodifiableMap(new LinkedHashMap<>(met));
    }

    /** The value of a metric; null when n/a. */
    public Object value(KpiMetric metric) {
        return metrics.get(metric.key());
    }

    /**
     * The scorecard of {@code counts}, judged by {@code kpi}, the pack's KPI figures in force (null: none in force,
     * so no targets and no bands).
     */
    static Scorecard of(Platform platform, String shopId, String key, Counts c, RuleVersion kpi) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, Band> bands = new LinkedHashMap<>();
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        Map<String, Boolean> met = new LinkedHashMap<>();
        for (KpiMetric m : KpiMetric.values()) {
            Fraction f = fraction(m, c);
            metrics.put(m.key(), f.value());
            if (m.banded()) {
                bands.put(m.key(), kpi == null || f.value() == null ? null : band(f, kpi));
            }
            if (m.targetFigure() != null && kpi != null && kpi.has(m.targetFigure())) {
                BigDecimal target = target(kpi, m);
                targets.put(m.key(), target);
                met.put(m.key(), f.value() == null ? null : f.meets(target, m.goal()));
            }
        }
        return new Scorecard(platform, shopId, key, metrics, bands, targets, met, c);
    }

    /**
     * A metric as numerator / denominator, so targets and bands are judged exactly (30 s means at most 30 000 ms
     * on average, not a rounded 30.0). {@code scale} converts a target to the numerator's unit (1000 for seconds).
     */
    private record Fraction(Object value, BigDecimal part, long whole, long scale) {
        boolean meets(BigDecimal target, KpiMetric.Goal goal) {
            int cmp = part.compareTo(target.multiply(BigDecimal.valueOf(whole * scale)));
            return goal == KpiMetric.Goal.AT_LEAST ? cmp >= 0 : cmp <= 0;
        }

        boolean atMost(long seconds) {
            return part.compareTo(BigDecimal.valueOf(seconds * whole * scale)) <= 0;
        }
    }

    private static Fraction fraction(KpiMetric m, Counts c) {
        return switch (m) {
            case INQUIRIES -> count(c.buyersAsked());
            case REPLY_RATE -> rate(c.buyersAnswered(), c.buyersAsked());
            case FIRST_RESPONSE -> seconds(c.firstResponseMillis(), c.firstAnswered());
            case AVG_RESPONSE -> seconds(c.responseMillis(), c.answered());
            case RATE_30S -> rate(c.within30s(), c.decided30s());
            case RATE_3MIN -> rate(c.within3min(), c.decided3min());
            case CONVERSION -> rate(c.buyersPaid(), c.buyersAsked());
            case SALES -> new Fraction(c.sales(), c.sales(), 1, 1);
            case AVG_ORDER_VALUE -> c.payingBuyers() == 0 ? none()
                    : new Fraction(c.sales().divide(BigDecimal.valueOf(c.payingBuyers()), 2, RoundingMode.HALF_UP),
                            c.sales(), c.payingBuyers(), 1);
            case ITEMS_PER_BUYER -> rate(c.units(), c.payingBuyers());
            case ASSISTS -> count(c.assists());
            case REFUND_RATE -> rate(c.refundedOrders(), c.orders());
        };
    }

    private static Fraction none() {
        return new Fraction(null, BigDecimal.ZERO, 0, 1);
    }

    private static Fraction count(long n) {
        return new Fraction(n, BigDecimal.valueOf(n), 1, 1);
    }

    /** {@code part / whole} as ReplyKpi writes a rate (exact to 4 decimals, at least 2); n/a when nothing to divide. */
    private static Fraction rate(long part, long whole) {
        return whole == 0 ? none() : new Fraction(ReplyKpi.share(part, whole), BigDecimal.valueOf(part), whole, 1);
    }

    /** A mean gap in seconds as ReplyKpi writes it (HALF_UP to 1 decimal); n/a when no gap was measured. */
    private static Fraction seconds(long totalMillis, long count) {
        return count == 0 ? none()
                : new Fraction(ReplyKpi.meanSeconds(totalMillis, count), BigDecimal.valueOf(totalMillis), count, 1000);
    }

    private static Band band(Fraction f, RuleVersion kpi) {
        if (f.atMost(kpi.seconds("response-good-max").toSeconds())) {
            return Band.GOOD;
        }
        if (f.atMost(kpi.seconds("response-normal-max").toSeconds())) {
            return Band.NORMAL;
        }
        long poor = kpi.seconds("response-poor-min").toSeconds();
        // At least poor-min: not "at most poor-min − ε", so compare the other way round.
        return f.part().compareTo(BigDecimal.valueOf(poor * f.whole() * f.scale())) >= 0 ? Band.POOR : Band.SLOW;
    }

    private static BigDecimal target(RuleVersion kpi, KpiMetric m) {
        Object v = kpi.figure(m.targetFigure()).value();
        return v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).longValue());
    }
}
