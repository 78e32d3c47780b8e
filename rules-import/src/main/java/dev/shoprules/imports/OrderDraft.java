package dev.shoprules.imports;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.TrackingEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One order as read from a trade or order payload, with its parcels, waiting for traces and refunds to join it by
 * order id. {@code source}/{@code line} name where it came from, for errors about joining.
 */
final class OrderDraft {
    final Platform platform;
    final String shopId;
    final String shopName;
    final Order order;
    final List<Parcel> parcels = new ArrayList<>();
    /** TOP's sub-orders by oid, the items a refund names by its oid (empty for PDD). */
    final Map<String, Item> subOrders = new LinkedHashMap<>();
    final List<Refund> refunds = new ArrayList<>();

    OrderDraft(Platform platform, String shopId, String shopName, Order order) {
        this.platform = platform;
        this.shopId = shopId;
        this.shopName = shopName;
        this.order = order;
    }

    /** A parcel; imported without a trace its track is unknown until a trace for its tracking number joins it. */
    static final class Parcel {
        Carrier carrier;
        String trackingNo;
        final Instant shippedAt;
        Instant pickedUpAt;
        Instant signedAt;
        List<TrackingEvent> events = List.of();
        boolean trackingKnown;

        Parcel(Carrier carrier, String trackingNo, Instant shippedAt) {
            this.carrier = carrier;
            this.trackingNo = trackingNo;
            this.shippedAt = shippedAt;
        }

        Shipment toShipment(String orderId) {
            return new Shipment(orderId, carrier, trackingNo, shippedAt, pickedUpAt, signedAt, events, List.of(),
                    trackingKnown);
        }
    }
}
