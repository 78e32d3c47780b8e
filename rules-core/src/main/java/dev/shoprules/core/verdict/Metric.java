package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A service measure such as {@code pdd.reply-rate-30s} for one chat or one agent, with its target.
 * {@code value} is null when there was nothing to measure (no buyer message in service hours).
 */
@API(status = STABLE, since = "0.1")
public record Metric(
        String name,
        String chatId,
        String agentId,
        BigDecimal value,
        BigDecimal target,
        Boolean met,
        String ruleId,
        String ruleVersion,
        Confidence confidence) {

    public Metric {
        Objects.requireNonNull(name, "name");
    }
}
