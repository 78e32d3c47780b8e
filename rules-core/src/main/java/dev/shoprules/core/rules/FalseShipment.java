package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.TrackingEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A tracking number that did not mean the goods were shipped (虚假发货), as RULES.md defines it for every
 * platform: the number was uploaded but the carrier's first scan ({@code pickedUpAt}) did not follow within
 * {@code pickupWithin}, or the parcel was scanned but its track never moved afterwards.
 *
 * <p>"Never moves" is judged only on a track the case supplies (at least one tracking event): no event later
 * than the pickup scan, no signature, and more than {@code movementWithin} has passed since the scan. A shipment
 * without tracking events says nothing about movement. A shipment whose track is unknown ({@code trackingKnown}
 * false) is judged only on a pickup scan the case gives: a missing one is unknown, not "no scan". Each window is inclusive: a scan exactly
 * {@code pickupWithin} after the upload is in time, one second later is not. Packs keep both windows as
 * figures; the DRL decides.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record FalseShipment(
        Order order,
        Shipment shipment,
        Kind kind,
        Instant windowStart,
        Instant windowEnd,
        Instant observedAt) {

    public enum Kind {
        /** Uploaded, no carrier scan within the window (late or never). */
        NO_PICKUP_SCAN,
        /** Scanned once, then no further tracking event and no signature within the window. */
        TRACKING_NEVER_MOVES
    }

    public FalseShipment {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The first of {@code shipments} of {@code order} (by upload time, then tracking number) that is a false
     * shipment as of {@code asOf}, or null if none is (yet).
     */
    public static FalseShipment find(Order order, List<Shipment> shipments, Duration pickupWithin,
                                     Duration movementWithin, Instant asOf) {
        Objects.requireNonNull(pickupWithin, "pickupWithin");
        Objects.requireNonNull(movementWithin, "movementWithin");
        Objects.requireNonNull(asOf, "asOf");
        return shipments.stream()
                .filter(s -> s.orderId().equals(order.id()))
                .sorted(Comparator.comparing(Shipment::shippedAt)
                        .thenComparing(s -> Objects.toString(s.trackingNo(), "")))
                .map(s -> check(order, s, pickupWithin, movementWithin, asOf))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Whether this one shipment is a false shipment as of {@code asOf}; null if it is not (yet). */
    public static FalseShipment check(Order order, Shipment s, Duration pickupWithin, Duration movementWithin,
                                      Instant asOf) {
        Instant scanBy = s.shippedAt().plus(pickupWithin);
        if (s.pickupUnknown()) {
            return null; // no scan known, but the track is unknown: not "no scan" (the verdict lists it as not judged)
        }
        if (s.pickedUpAt() == null) {
            return asOf.isAfter(scanBy) ? new FalseShipment(order, s, Kind.NO_PICKUP_SCAN, s.shippedAt(), scanBy, asOf)
                    : null;
        }
        if (s.pickedUpAt().isAfter(scanBy)) {
            return new FalseShipment(order, s, Kind.NO_PICKUP_SCAN, s.shippedAt(), scanBy, s.pickedUpAt());
        }
        Instant moveBy = s.pickedUpAt().plus(movementWithin);
        boolean trackSupplied = s.trackingKnown() && !s.trackingEvents().isEmpty();
        boolean moved = s.signedAt() != null
                || s.trackingEvents().stream().map(TrackingEvent::at).anyMatch(at -> at.isAfter(s.pickedUpAt()));
        if (trackSupplied && !moved && asOf.isAfter(moveBy)) {
            return new FalseShipment(order, s, Kind.TRACKING_NEVER_MOVES, s.pickedUpAt(), moveBy, asOf);
        }
        return null;
    }

    public String orderId() {
        return order.id();
    }

    /** The reason line of a false-shipment violation. */
    public String reason() {
        String no = shipment.trackingNo() == null ? "" : " " + shipment.trackingNo();
        return switch (kind) {
            case NO_PICKUP_SCAN -> shipment.pickedUpAt() == null
                    ? "虚假发货：单号" + no + " 于 " + Times.show(windowStart) + " 上传，截至 " + Times.show(observedAt)
                            + " 仍无揽收记录（应在 " + Times.show(windowEnd) + " 前揽收）"
                    : "虚假发货：单号" + no + " 于 " + Times.show(windowStart) + " 上传，" + Times.show(observedAt)
                            + " 才揽收（应在 " + Times.show(windowEnd) + " 前揽收）";
            case TRACKING_NEVER_MOVES -> "虚假发货：单号" + no + " 于 " + Times.show(windowStart) + " 揽收后物流再无更新（截至 "
                    + Times.show(observedAt) + "，应在 " + Times.show(windowEnd) + " 前有更新）";
        };
    }

    /** The facts behind the decision, for the verdict's evidence. */
    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("falseShipment", kind.name());
        e.put("carrier", shipment.carrier().name());
        e.put("trackingNo", shipment.trackingNo());
        e.put("shippedAt", shipment.shippedAt());
        e.put("pickedUpAt", shipment.pickedUpAt());
        e.put("trackingEventCount", shipment.trackingEvents().size());
        e.put(kind == Kind.NO_PICKUP_SCAN ? "pickupDueBy" : "movementDueBy", windowEnd);
        e.put("observedAt", observedAt);
        return e;
    }
}
