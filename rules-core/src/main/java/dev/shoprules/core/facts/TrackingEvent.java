package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/** One scan in a shipment's logistics track; {@code province} is where it happened (浙江, 新疆…). */
@API(status = STABLE, since = "0.1")
public record TrackingEvent(Instant at, String province) {
    public TrackingEvent {
        Require.present(at, "at");
    }
}
