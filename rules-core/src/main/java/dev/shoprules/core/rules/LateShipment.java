package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Order;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * An order not shipped by its deadline: shipped late ({@code shippedAt} set), or still unshipped when
 * measured ({@code shippedAt} null; measured at {@code asOf}, or at the close of an order closed later).
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record LateShipment(ShipDeadline deadline, Instant shippedAt, Instant measuredAt) {

    public Order order() {
        return deadline.order();
    }

    public boolean unshipped() {
        return shippedAt == null;
    }

    /** How long after the deadline the goods were shipped, or have been waiting so far. */
    public Duration delay() {
        return Duration.between(deadline.due(), shippedAt != null ? shippedAt : measuredAt);
    }

    /** The reason line of a late-shipment violation, e.g. {@code 付款后48小时内未发货（截止 …，发货 …）}. */
    public String reason() {
        String window = switch (deadline.basis()) {
            case AGREED -> "未在约定的发货时间前发货";
            case PAYMENT -> "付款后" + deadline.rule().hours("hours").toHours() + "小时内未发货";
            case GROUPING -> "成团后" + deadline.rule().hours("hours").toHours() + "小时内未发货";
        };
        String what = shippedAt != null
                ? "发货 " + Times.show(shippedAt)
                : "截至 " + Times.show(measuredAt) + " 仍未发货";
        return window + "（截止 " + Times.show(deadline.due()) + "，" + what + "，超时 " + Times.show(delay()) + "）";
    }

    /** The facts behind a late-shipment decision, for the verdict's evidence. */
    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("deadline", deadline.due());
        e.put("deadlineBasis", deadline.basis().name());
        e.put("deadlineRuleVersion", deadline.rule().version());
        e.put("paidAt", order().paidAt());
        if (deadline.basis() == DeadlineBasis.GROUPING) {
            e.put("groupedAt", order().groupedAt());
        }
        e.put("shippedAt", shippedAt);
        e.put("measuredAt", measuredAt);
        e.put("delaySeconds", delay().getSeconds());
        return e;
    }
}
