package dev.shoprules.core.facts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A parcel for an order. {@code shippedAt} is when the tracking number was uploaded; {@code pickedUpAt}
 * the carrier's first scan.
 */
public record Shipment(
        String orderId,
        Carrier carrier,
        String trackingNo,
        Instant shippedAt,
        Instant pickedUpAt,
        Instant signedAt,
        List<TrackingEvent> trackingEvents,
        List<String> giftsIncluded) {

    public Shipment {
        Require.text(orderId, "orderId");
        Require.present(carrier, "carrier");
        Require.present(shippedAt, "shippedAt");
        trackingEvents = Require.list(trackingEvents, "trackingEvents").stream()
                .sorted(Comparator.comparing(TrackingEvent::at)).toList();
        giftsIncluded = Require.list(giftsIncluded, "giftsIncluded");
    }

    /**
     * When the goods count as shipped (RULES.md, common definitions): the carrier's first scan if there is
     * one, else the upload of the tracking number.
     */
    public Instant handedOverAt() {
        return pickedUpAt != null ? pickedUpAt : shippedAt;
    }
}
