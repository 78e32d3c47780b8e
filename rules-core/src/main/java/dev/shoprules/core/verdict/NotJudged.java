package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule that could not decide an order because facts it needs are unknown (not absent): the order's parcel was
 * given with {@code trackingKnown: false}, so a missing pickup scan or an empty track says nothing; or a refund
 * request's answer or payment came at a time the caller does not know ({@code sellerResponse.at: null}, a
 * {@code refundedAmount} without {@code refundedAt}), so its deadline was neither met nor missed. The verdict
 * lists these instead of reading the gap as "no scan" (a false shipment), "never moved" or "answered late"; the
 * shop system can supply the trace or the time and decide again. {@code missing} names what the rule needed;
 * {@code trackingNo} names the parcel (tracking) and {@code refundId} the request (refunds), else null.
 */
@API(status = STABLE, since = "0.1")
public record NotJudged(
        String ruleId,
        String ruleVersion,
        String orderId,
        String trackingNo,
        String refundId,
        List<Missing> missing,
        String reason,
        String citation,
        Confidence confidence) {

    /** What a rule needed of the parcel and the case did not know. */
    public enum Missing {
        /** The carrier's first scan (揽收), {@code pickedUpAt}. */
        PICKUP_SCAN,
        /** The parcel's tracking events (物流轨迹). */
        TRACKING_EVENTS,
        /** When the seller answered the refund request ({@code sellerResponse.at}). */
        SELLER_RESPONSE_TIME,
        /** When the refund was paid ({@code refundedAt}). */
        REFUND_TIME
    }

    public NotJudged {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(orderId, "orderId");
        missing = List.copyOf(missing);
        Objects.requireNonNull(reason, "reason");
    }
}
