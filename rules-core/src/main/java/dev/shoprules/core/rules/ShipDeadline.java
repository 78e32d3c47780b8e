package dev.shoprules.core.rules;

import dev.shoprules.core.facts.Order;
import java.time.Instant;

/** The instant by which a paid order must be shipped, inferred by a pack's SHIP-DEADLINE rule. */
public record ShipDeadline(Order order, Instant due, DeadlineBasis basis, RuleVersion rule) {

    public String orderId() {
        return order.id();
    }
}
