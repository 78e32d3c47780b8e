package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.ClosedBy;
import dev.shoprules.core.facts.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A paid order the seller did not fulfil (缺货), as RULES.md defines it for every platform: closed by the seller
 * for want of stock, by refusing, or to ask a higher price ({@link Cause#SELLER_CLOSED}); or still not handed to
 * a carrier more than a grace period past its ship deadline ({@link Cause#UNSHIPPED}). Exactly at the end of
 * the grace is not yet out of stock, one second later is. The grace is a pack figure.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record OutOfStock(ShipDeadline deadline, Cause cause, Instant graceEnd, Instant observedAt) {

    /** Close reasons by which the seller admits it cannot or will not deliver at the agreed price. */
    public static final Set<CloseReason> SELLER_CLOSE_REASONS =
            EnumSet.of(CloseReason.OUT_OF_STOCK, CloseReason.REFUSED, CloseReason.PRICE_INCREASE);

    public enum Cause {
        /** The seller closed the paid order: out of stock, refused, or wanting a higher price. */
        SELLER_CLOSED,
        /** No hand-over to a carrier by the end of the grace after the deadline. */
        UNSHIPPED
    }

    public OutOfStock {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(observedAt, "observedAt");
    }

    /** Whether the seller closed the order for one of {@link #SELLER_CLOSE_REASONS}. */
    public static boolean sellerClosure(Order o) {
        return o.closedBy() == ClosedBy.SELLER && SELLER_CLOSE_REASONS.contains(o.closeReason());
    }

    /** The out-of-stock fact of a paid order the seller closed; null unless {@link #sellerClosure} holds. */
    public static OutOfStock closedBySeller(ShipDeadline d) {
        return sellerClosure(d.order()) ? new OutOfStock(d, Cause.SELLER_CLOSED, null, d.order().closedAt()) : null;
    }

    /**
     * The out-of-stock fact of an order not handed over by {@code deadline + grace}: its first hand-over
     * ({@code handedOverAt}, null if none) came later, or it has none and both {@code asOf} and its close (if
     * any) are past that instant. Null otherwise.
     */
    public static OutOfStock unshipped(ShipDeadline d, Duration grace, Instant handedOverAt, Instant asOf) {
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(asOf, "asOf");
        Instant graceEnd = d.due().plus(grace);
        Instant observed;
        if (handedOverAt != null) {
            observed = handedOverAt;
        } else {
            Order o = d.order();
            observed = o.closedBy(asOf) ? o.closedAt() : asOf;
        }
        return observed.isAfter(graceEnd) ? new OutOfStock(d, Cause.UNSHIPPED, graceEnd, observed) : null;
    }

    public Order order() {
        return deadline.order();
    }

    public String orderId() {
        return deadline.orderId();
    }

    /** The close reason when the seller closed the order, else null. */
    public CloseReason closeReason() {
        return cause == Cause.SELLER_CLOSED ? order().closeReason() : null;
    }

    /**
     * How long the shop had promised to ship in: from payment (or group completion) to the deadline. Taobao
     * grades its out-of-stock payout by it (≤ 48 h or longer).
     */
    public Duration promisedShipWithin() {
        Order o = order();
        Instant start = deadline.basis() == DeadlineBasis.GROUPING && o.groupedAt() != null ? o.groupedAt() : o.paidAt();
        return Duration.between(start, deadline.due());
    }

    /** The reason line of an out-of-stock violation. */
    public String reason() {
        return switch (cause) {
            case SELLER_CLOSED -> "缺货/拒绝发货：卖家于 " + Times.show(observedAt) + " 以" + closeReasonText(order().closeReason())
                    + "为由关闭已付款订单";
            case UNSHIPPED -> "缺货：发货截止 " + Times.show(deadline.due()) + " 后超过 "
                    + Times.show(Duration.between(deadline.due(), graceEnd)) + " 仍未发货（截至 " + Times.show(observedAt) + "）";
        };
    }

    /** The facts behind the decision, for the verdict's evidence. */
    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("outOfStock", cause.name());
        e.put("paidAt", order().paidAt());
        e.put("deadline", deadline.due());
        e.put("deadlineBasis", deadline.basis().name());
        if (cause == Cause.SELLER_CLOSED) {
            e.put("closedAt", order().closedAt());
            e.put("closeReason", order().closeReason().name());
        } else {
            e.put("graceEnd", graceEnd);
        }
        e.put("observedAt", observedAt);
        return e;
    }

    private static String closeReasonText(CloseReason r) {
        return switch (r) {
            case OUT_OF_STOCK -> "缺货";
            case REFUSED -> "拒绝发货";
            case PRICE_INCREASE -> "要求加价";
            default -> r.name();
        };
    }
}
