package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule that could not decide an order because facts it needs are unknown (not absent): the order's parcel was
 * given with {@code trackingKnown: false}, so a missing pickup scan or an empty track says nothing. The verdict
 * lists these instead of reading the gap as "no scan" (a false shipment) or "never moved"; the shop system can
 * supply the logistics trace and decide again. {@code missing} names what the rule needed.
 */
@API(status = STABLE, since = "0.1")
public record NotJudged(
        String ruleId,
        String ruleVersion,
        String orderId,
        String trackingNo,
        List<Missing> missing,
        String reason,
        String citation,
        Confidence confidence) {

    /** What a rule needed of the parcel and the case did not know. */
    public enum Missing {
        /** The carrier's first scan (揽收), {@code pickedUpAt}. */
        PICKUP_SCAN,
        /** The parcel's tracking events (物流轨迹). */
        TRACKING_EVENTS
    }

    public NotJudged {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(orderId, "orderId");
        missing = List.copyOf(missing);
        Objects.requireNonNull(reason, "reason");
    }
}
