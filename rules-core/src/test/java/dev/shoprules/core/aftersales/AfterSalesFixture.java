package dev.shoprules.core.aftersales;

import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Intervention;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.PaymentMethod;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundChannel;
import dev.shoprules.core.facts.RefundDecision;
import dev.shoprules.core.facts.RefundItem;
import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.facts.RefundReason;
import dev.shoprules.core.facts.ReturnShipment;
import dev.shoprules.core.facts.SellerResponse;
import dev.shoprules.core.facts.Shipment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Orders, parcels and requests for the after-sales model's tests, with the seed figures of RULES.md. */
final class AfterSalesFixture {
    static final AfterSalesFigures SEED = new AfterSalesFigures(Duration.ofHours(48), Duration.ofDays(5),
            Duration.ofDays(7), Duration.ofDays(10), Duration.ofDays(30), Duration.ofDays(90), Duration.ofDays(7));

    private AfterSalesFixture() {}

    static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    /** The seed's order: goods 168 (two items of 84), shipping 15, paid 2026-11-01 10:00. */
    static Order order(boolean insured) {
        return new Order("o-1", "b-1", at("2026-11-01T09:58:00+08:00"), at("2026-11-01T10:00:00+08:00"), null,
                List.of(new Item("A1", "连衣裙", 2, new BigDecimal("84.00"))), new BigDecimal("15.00"),
                new BigDecimal("168.00"), PaymentMethod.ALIPAY, null, false, null, List.of(), null, null, null,
                insured);
    }

    /** Picked up 2026-11-02 10:00, signed for 2026-11-04 15:30 (7-day window 11-05 00:00 to 11-12 00:00). */
    static Shipment parcel() {
        return new Shipment("o-1", Carrier.YTO, "YT1", at("2026-11-02T09:00:00+08:00"),
                at("2026-11-02T10:00:00+08:00"), at("2026-11-04T15:30:00+08:00"), List.of(), List.of());
    }

    static Builder request(RefundKind kind, RefundReason reason, String requestedAt) {
        return new Builder(kind, reason, at(requestedAt));
    }

    static final class Builder {
        String id = "r-1";
        final RefundKind kind;
        final RefundReason reason;
        final Instant requestedAt;
        List<RefundItem> items = List.of();
        Boolean resaleable = Boolean.TRUE;
        SellerResponse response;
        ReturnShipment parcel;
        Instant refundedAt;
        BigDecimal refundedAmount;
        RefundChannel channel = RefundChannel.IN_TRADE;
        Intervention intervention;

        Builder(RefundKind kind, RefundReason reason, Instant requestedAt) {
            this.kind = kind;
            this.reason = reason;
            this.requestedAt = requestedAt;
        }

        Builder id(String id) { this.id = id; return this; }
        Builder items(int quantity) { this.items = List.of(new RefundItem("A1", quantity)); return this; }
        Builder resaleable(Boolean r) { this.resaleable = r; return this; }
        Builder agreed(String at) { this.response = new SellerResponse(RefundDecision.AGREED, at(at), null); return this; }
        Builder refused(String at) { this.response = new SellerResponse(RefundDecision.REFUSED, at(at), "不同意"); return this; }
        Builder response(SellerResponse r) { this.response = r; return this; }
        Builder returned(Carrier carrier, String shippedAt, String receivedAt, String fee) {
            this.parcel = new ReturnShipment(carrier, "RT1", at(shippedAt), receivedAt == null ? null : at(receivedAt),
                    fee == null ? null : new BigDecimal(fee), true);
            return this;
        }
        Builder parcel(ReturnShipment p) { this.parcel = p; return this; }
        Builder refunded(String at, String amount) {
            this.refundedAt = at(at);
            this.refundedAmount = amount == null ? null : new BigDecimal(amount);
            return this;
        }
        Builder channel(RefundChannel c) { this.channel = c; return this; }
        Builder intervention(Intervention i) { this.intervention = i; return this; }

        Refund build() {
            return new Refund(id, "o-1", kind, reason, requestedAt, null, items, resaleable, response, parcel,
                    refundedAt, refundedAmount, channel, intervention);
        }
    }

    static RefundProgress progress(Refund r, Order o, List<Shipment> shipments, String asOf) {
        return RefundProgress.of(r, o, shipments, List.of(r), SEED, at(asOf));
    }
}
