package dev.shoprules.core.rules;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A paid order the shop did not fulfil (缺货), inferred by a pack's OUT-OF-STOCK rule: closed unshipped because the
 * goods were out of stock, because the seller refused to ship or demanded a higher price (RULES.md: "seller admits
 * out-of-stock / refuses / demands a higher price"), or still unshipped a set time after its ship deadline.
 * {@code at} is when it became out of stock: the close, or the end of that grace time.
 */
public record OutOfStock(ShipDeadline deadline, Cause cause, Instant at) {

    /** Why the order counts as out of stock. */
    public enum Cause {
        /** Closed with {@code closeReason} OUT_OF_STOCK. */
        CLOSED_OUT_OF_STOCK,
        /** Closed with {@code closeReason} REFUSED: the seller would not ship. */
        CLOSED_REFUSED,
        /** Closed with {@code closeReason} PRICE_INCREASE: the seller demanded more money (恶意加价). */
        CLOSED_PRICE_INCREASE,
        /** Neither shipped nor closed a set time after the ship deadline. */
        UNSHIPPED
    }

    public OutOfStock {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(at, "at");
    }

    /** Whether a paid order was closed for want of stock, a refusal or a price increase, by whoever closed it. */
    public static boolean closedForStock(Order o) {
        return o.paid() && o.closed() && cause(o.closeReason()) != null;
    }

    /** The order of {@code deadline}, closed for one of the {@link #closedForStock} reasons (check that first). */
    public static OutOfStock closed(ShipDeadline deadline) {
        Order o = deadline.order();
        Cause cause = cause(o.closeReason());
        if (cause == null || !o.closed()) {
            throw new IllegalArgumentException("order " + o.id() + " was not closed for want of stock");
        }
        return new OutOfStock(deadline, cause, o.closedAt());
    }

    /** The order of {@code deadline}, still neither shipped nor closed at {@code cutoff} (after the deadline). */
    public static OutOfStock unshipped(ShipDeadline deadline, Instant cutoff) {
        return new OutOfStock(deadline, Cause.UNSHIPPED, cutoff);
    }

    private static Cause cause(CloseReason reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case OUT_OF_STOCK -> Cause.CLOSED_OUT_OF_STOCK;
            case REFUSED -> Cause.CLOSED_REFUSED;
            case PRICE_INCREASE -> Cause.CLOSED_PRICE_INCREASE;
            default -> null;
        };
    }

    public Order order() {
        return deadline.order();
    }

    /** A demanded price increase is the malicious kind of out-of-stock some platforms compensate at a higher rate. */
    public boolean malicious() {
        return cause == Cause.CLOSED_PRICE_INCREASE;
    }

    /** The reason line of an out-of-stock violation. */
    public String reason() {
        String paid = "付款 " + Times.show(order().paidAt());
        return switch (cause) {
            case CLOSED_OUT_OF_STOCK -> "订单以缺货为由关闭，未发货（" + paid + "，关闭 " + Times.show(at) + "）";
            case CLOSED_REFUSED -> "卖家拒绝发货，订单关闭（" + paid + "，关闭 " + Times.show(at) + "）";
            case CLOSED_PRICE_INCREASE -> "卖家要求加价，订单关闭（恶意加价；" + paid + "，关闭 " + Times.show(at) + "）";
            case UNSHIPPED -> "发货时限后" + Times.show(Duration.between(deadline.due(), at)) + "仍未发货，视为缺货（截止 "
                    + Times.show(deadline.due()) + "，缺货判定 " + Times.show(at) + "）";
        };
    }

    /** The facts behind an out-of-stock decision, for the verdict's evidence. */
    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("cause", cause.name());
        e.put("paidAt", order().paidAt());
        e.put("deadline", deadline.due());
        e.put("deadlineBasis", deadline.basis().name());
        e.put("promisedWindowHours", deadline.window().toHours());
        e.put("outOfStockAt", at);
        return e;
    }
}
