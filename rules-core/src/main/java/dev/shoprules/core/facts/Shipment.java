package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A parcel for an order. {@code shippedAt} is when the tracking number was uploaded; {@code pickedUpAt}
 * the carrier's first scan.
 * <p>
 * {@code trackingKnown} (absent = true) is false when the caller does not know the parcel's track, for example a
 * trade imported without its logistics trace: then a missing {@code pickedUpAt} and an empty
 * {@code trackingEvents} mean "unknown", never "no scan", and rules that need them do not judge the parcel
 * (see {@code dev.shoprules.core.rules.UnknownTracking}). Such a shipment has no tracking events.
 */
@API(status = STABLE, since = "0.1")
public record Shipment(
        String orderId,
        Carrier carrier,
        String trackingNo,
        Instant shippedAt,
        Instant pickedUpAt,
        Instant signedAt,
        List<TrackingEvent> trackingEvents,
        List<String> giftsIncluded,
        // Written only when false, so cases that never mention it keep their JSON byte for byte.
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = KnownTracking.class) Boolean trackingKnown) {

    public Shipment {
        Require.text(orderId, "orderId");
        Require.present(carrier, "carrier");
        Require.present(shippedAt, "shippedAt");
        trackingEvents = Require.list(trackingEvents, "trackingEvents").stream()
                .sorted(Comparator.comparing(TrackingEvent::at)).toList();
        giftsIncluded = Require.list(giftsIncluded, "giftsIncluded");
        trackingKnown = trackingKnown == null || trackingKnown;
        if (!trackingKnown && !trackingEvents.isEmpty()) {
            throw new IllegalArgumentException("trackingEvents: must be empty when trackingKnown is false");
        }
    }

    /** A shipment whose track the caller knows (the usual case). */
    public Shipment(String orderId, Carrier carrier, String trackingNo, Instant shippedAt, Instant pickedUpAt,
                    Instant signedAt, List<TrackingEvent> trackingEvents, List<String> giftsIncluded) {
        this(orderId, carrier, trackingNo, shippedAt, pickedUpAt, signedAt, trackingEvents, giftsIncluded, true);
    }

    /** Whether the carrier's first scan is unknown: not given, and the track is not known either. */
    public boolean pickupUnknown() {
        return pickedUpAt == null && !trackingKnown;
    }

    /** Jackson's value filter for {@code trackingKnown}: the default, true, is not written. */
    static final class KnownTracking {
        @Override
        public boolean equals(Object value) {
            return Boolean.TRUE.equals(value);
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    /**
     * When the goods count as shipped (RULES.md, common definitions): the carrier's first scan if there is
     * one, else the upload of the tracking number.
     */
    public Instant handedOverAt() {
        return pickedUpAt != null ? pickedUpAt : shippedAt;
    }
}
