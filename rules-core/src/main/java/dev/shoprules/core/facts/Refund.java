package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One refund, return or exchange request (售后申请) on an order of the case.
 *
 * <ul>
 *   <li>{@code amount}: what the buyer asked for (null = unknown); the entitlement is computed from the order, not
 *       from this figure.</li>
 *   <li>{@code items}: the goods returned or refunded; empty means the whole order.</li>
 *   <li>{@code resaleable}: the returned goods do not affect resale (不影响二次销售); null means unknown, and unknown
 *       never reads as "not resaleable".</li>
 *   <li>{@code sellerResponse}: null while the seller has not answered; its {@code at} is null when the seller
 *       answered at a time the caller does not know.</li>
 *   <li>{@code refundedAt}/{@code refundedAmount}: the money went back (both null while it has not). A
 *       {@code refundedAmount} without {@code refundedAt} is a refund paid at a time the caller does not know (TOP's
 *       {@code SUCCESS} says how much went back, not when); unknown is not absent, so it is neither in time nor
 *       late.</li>
 *   <li>{@code channel}: in trade or after-sales; null = unknown (freight insurance cannot then be judged).</li>
 * </ul>
 */
@API(status = STABLE, since = "0.1")
public record Refund(
        String id,
        String orderId,
        RefundKind kind,
        RefundReason reason,
        Instant requestedAt,
        BigDecimal amount,
        List<RefundItem> items,
        Boolean resaleable,
        SellerResponse sellerResponse,
        ReturnShipment returnShipment,
        Instant refundedAt,
        BigDecimal refundedAmount,
        RefundChannel channel,
        Intervention intervention) {

    public Refund {
        Require.text(id, "id");
        Require.text(orderId, "orderId");
        Require.present(kind, "kind");
        Require.present(reason, "reason");
        Require.present(requestedAt, "requestedAt");
        amount = Require.moneyOrNull(amount, "amount");
        items = Require.list(items, "items");
        refundedAmount = Require.moneyOrNull(refundedAmount, "refundedAmount");
        if (sellerResponse != null && sellerResponse.timeKnown() && sellerResponse.at().isBefore(requestedAt)) {
            throw new IllegalArgumentException("sellerResponse.at: before the request was made");
        }
        if (refundedAt != null && refundedAt.isBefore(requestedAt)) {
            throw new IllegalArgumentException("refundedAt: before the request was made");
        }
    }

    /** Whether the request names no items and so covers the whole order. */
    public boolean wholeOrder() {
        return items.isEmpty();
    }

    public boolean answered() {
        return sellerResponse != null;
    }

    /** Whether the money went back, at a known time or not. */
    public boolean refunded() {
        return refundedAt != null || refundedAmount != null;
    }

    /** Whether the seller's answer or the refund happened at a time the caller does not know. */
    public boolean timeUnknown() {
        return (sellerResponse != null && !sellerResponse.timeKnown()) || (refundedAmount != null && refundedAt == null);
    }
}
