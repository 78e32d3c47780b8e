package dev.shoprules.core.verdict;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A service measure such as {@code pdd.reply-rate-30s} for one chat or one agent, with its target.
 * {@code value} is null when there was nothing to measure (no buyer message in service hours).
 */
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
