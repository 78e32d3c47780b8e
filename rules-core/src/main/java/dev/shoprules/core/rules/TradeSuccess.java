package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * When a shipped order's trade succeeds (交易成功). The case file records no buyer confirmation, so success is
 * taken as the platform's automatic confirmation of receipt: the first hand-over to the carrier (pickup scan,
 * else upload — the same "shipped" as every rule) plus the auto-confirm period, which is longer for ordinary
 * post ({@link Carrier#POSTAL}). A buyer may confirm earlier; this is the latest instant the trade succeeds, so
 * windows counted from it (review, after-sales, complaints) are the longest the shop is exposed to.
 * Inferred by a pack's timer rule, one per shipped order that is not closed; the periods are pack figures.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record TradeSuccess(Order order, Handover handover, Duration autoConfirmAfter, Instant at) {

    public TradeSuccess {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(handover, "handover");
        Objects.requireNonNull(autoConfirmAfter, "autoConfirmAfter");
        Objects.requireNonNull(at, "at");
    }

    /** Success of {@code order} first handed over at {@code handover}: {@code autoConfirm} later, or {@code postalAutoConfirm} by post. */
    public static TradeSuccess of(Order order, Handover handover, Duration autoConfirm, Duration postalAutoConfirm) {
        if (!handover.orderId().equals(order.id())) {
            throw new IllegalArgumentException("hand-over is of order " + handover.orderId() + ", not " + order.id());
        }
        Duration after = handover.shipment().carrier() == Carrier.POSTAL ? postalAutoConfirm : autoConfirm;
        return new TradeSuccess(order, handover, after, handover.at().plus(after));
    }

    public String orderId() {
        return order.id();
    }

    /** The end of a window of {@code length} counted from success. */
    public Instant plus(Duration length) {
        return at.plus(length);
    }
}
