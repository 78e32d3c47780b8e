package dev.shoprules.kpi;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The metrics of a scorecard, named as RULES.md "Customer-service assessment" names them (the JSON keys). A metric
 * with a target is judged against the figure {@code <platform>.kpi.<name>-target} of the pack.
 */
public enum KpiMetric {
    /** Buyers (chat accounts) who sent at least one message. An integer. */
    INQUIRIES("inquiries", Kind.COUNT, Goal.NONE),
    /** Buyers answered by a human / buyers who asked. */
    REPLY_RATE("reply-rate", Kind.RATE, Goal.AT_LEAST),
    /** Mean over chats of the gap from the first buyer message in service hours to the first human reply, seconds. */
    FIRST_RESPONSE("first-response", Kind.SECONDS, Goal.AT_MOST),
    /** Mean of every buyer message → next human reply gap in service hours, seconds. */
    AVG_RESPONSE("avg-response", Kind.SECONDS, Goal.AT_MOST),
    /** Buyer messages in service hours answered by a human within 30 s. */
    RATE_30S("rate-30s", Kind.RATE, Goal.AT_LEAST),
    /** Buyer messages in service hours answered by a human within 3 minutes. */
    RATE_3MIN("rate-3min", Kind.RATE, Goal.AT_LEAST),
    /** Buyers who paid after asking (PDD: paid and grouped) / buyers who asked. */
    CONVERSION("conversion", Kind.RATE, Goal.AT_LEAST),
    /** Paid amount of the orders attributed, yuan with 2 decimals. */
    SALES("sales", Kind.MONEY, Goal.NONE),
    /** 客单价: sales / paying buyers, yuan with 2 decimals. */
    AVG_ORDER_VALUE("avg-order-value", Kind.MONEY, Goal.NONE),
    /** 客件数: units bought / paying buyers. */
    ITEMS_PER_BUYER("items-per-buyer", Kind.RATIO, Goal.NONE),
    /** Buyers served before payment whose sale counts for another agent. An integer. */
    ASSISTS("assists", Kind.COUNT, Goal.NONE),
    /** Paid orders attributed with a refund requested / paid orders attributed. */
    REFUND_RATE("refund-rate", Kind.RATE, Goal.AT_MOST);

    /** How a value is written: counts as integers, the rest as decimal strings. */
    public enum Kind { COUNT, RATE, SECONDS, MONEY, RATIO }

    /** Which side of its target a value must be on to meet it; {@code NONE}: the platforms set no target. */
    public enum Goal { AT_LEAST, AT_MOST, NONE }

    private final String key;
    private final Kind kind;
    private final Goal goal;

    KpiMetric(String key, Kind kind, Goal goal) {
        this.key = key;
        this.kind = kind;
        this.goal = goal;
    }

    /** The metric's name in RULES.md and the JSON key: {@code reply-rate}. */
    @JsonValue
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public Goal goal() {
        return goal;
    }

    /** The figure holding the target, {@code rate-30s-target}; null when the metric has none. */
    public String targetFigure() {
        return goal == Goal.NONE ? null : key + "-target";
    }

    /** Whether the metric is a response time, shown with its {@link Band}. */
    public boolean banded() {
        return kind == Kind.SECONDS;
    }
}
