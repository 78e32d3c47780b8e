package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.verdict.Advisory;
import dev.shoprules.core.verdict.AdvisoryKind;
import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;

/** The instant by which a paid order must be shipped, inferred by a pack's SHIP-DEADLINE rule. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record ShipDeadline(Order order, Instant due, DeadlineBasis basis, RuleVersion rule) {

    public String orderId() {
        return order.id();
    }

    /**
     * The SHIP_BY advisory for an order still unshipped at {@code asOf}: the time left, or, once the deadline
     * has passed, how long it is overdue (the violation itself is the LATE-SHIPMENT rule's).
     */
    public Advisory advisory(Instant asOf) {
        boolean overdue = due.isBefore(asOf);
        return Advisory.of(rule).order(order.id()).kind(AdvisoryKind.SHIP_BY).due(due)
                .message(overdue
                        ? "已超过发货时限 " + Times.show(Duration.between(due, asOf)) + "，请尽快发货"
                        : "请在 " + Times.show(due) + " 前发货（剩余 " + Times.show(Duration.between(asOf, due)) + "）")
                .evidence("deadlineBasis", basis.name())
                .evidence("overdue", overdue)
                .build();
    }
}
