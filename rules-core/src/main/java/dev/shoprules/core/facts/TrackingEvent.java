package dev.shoprules.core.facts;

import java.time.Instant;

/** One scan in a shipment's logistics track; {@code province} is where it happened (浙江, 新疆…). */
public record TrackingEvent(Instant at, String province) {
    public TrackingEvent {
        Require.present(at, "at");
    }
}
