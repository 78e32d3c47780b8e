package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The buyer's return parcel. {@code fee} is the postage the buyer paid (null = unknown); {@code receivedAt} the
 * seller's confirmation of receipt (null = not yet). {@code trackingNoValid} is false when the buyer filled in a
 * wrong tracking number; absent means valid.
 */
@API(status = STABLE, since = "0.1")
public record ReturnShipment(
        Carrier carrier,
        String trackingNo,
        Instant shippedAt,
        Instant receivedAt,
        BigDecimal fee,
        Boolean trackingNoValid) {

    public ReturnShipment {
        Require.present(carrier, "carrier");
        Require.present(shippedAt, "shippedAt");
        fee = Require.moneyOrNull(fee, "fee");
        trackingNoValid = trackingNoValid == null ? Boolean.TRUE : trackingNoValid;
        if (receivedAt != null && receivedAt.isBefore(shippedAt)) {
            throw new IllegalArgumentException("receivedAt: before the return was shipped");
        }
    }

    /** Whether the parcel travels by ordinary post (平邮), which has the longer receipt timer. */
    public boolean postal() {
        return carrier == Carrier.POSTAL;
    }
}
