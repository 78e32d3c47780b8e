package dev.shoprules.core.facts;

import java.time.Instant;

/** A buyer complaint; {@code kind} is a rule slug such as {@code LATE_SHIPMENT} or {@code BREACH_OF_PROMISE}. */
public record Complaint(String orderId, String kind, Instant filedAt, boolean upheld) {
    public Complaint {
        Require.text(orderId, "orderId");
        Require.text(kind, "kind");
    }
}
