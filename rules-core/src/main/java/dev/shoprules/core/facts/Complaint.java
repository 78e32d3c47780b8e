package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/** A buyer complaint; {@code kind} is a rule slug such as {@code LATE_SHIPMENT} or {@code BREACH_OF_PROMISE}. */
@API(status = STABLE, since = "0.1")
public record Complaint(String orderId, String kind, Instant filedAt, boolean upheld) {
    public Complaint {
        Require.text(orderId, "orderId");
        Require.text(kind, "kind");
    }
}
