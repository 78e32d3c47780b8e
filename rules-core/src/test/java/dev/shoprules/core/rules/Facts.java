package dev.shoprules.core.rules;

import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.ChargeKind;
import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.ClosedBy;
import dev.shoprules.core.facts.ExtraCharge;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.PaymentMethod;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.PromiseKind;
import dev.shoprules.core.facts.PromiseSource;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.TrackingEvent;
import dev.shoprules.core.testing.CaseBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small fact factories for the unit tests of the shared rule building blocks. */
final class Facts {
    static final Instant PAID = at("2026-11-01T10:00+08:00");

    private Facts() {}

    static Instant at(String iso) {
        return CaseBuilder.at(iso);
    }

    static Order order(String amount, String shippingFee, ExtraCharge... charges) {
        return new Order("o-1", "b-1", PAID.minusSeconds(120), PAID, null,
                List.of(new Item("A1", "连衣裙", 1, new BigDecimal(amount))), new BigDecimal(shippingFee),
                new BigDecimal(amount), PaymentMethod.ALIPAY, null, false, null, Arrays.asList(charges), null, null, null);
    }

    static Order closed(Order o, ClosedBy by, String at, CloseReason reason) {
        return new Order(o.id(), o.buyerId(), o.createdAt(), o.paidAt(), o.groupedAt(), o.items(), o.shippingFee(),
                o.paidAmount(), o.paymentMethod(), o.agreedShipBy(), o.presale(), o.receiver(), o.extraCharges(), by,
                at(at), reason);
    }

    static ExtraCharge charge(ChargeKind kind, String amount) {
        return new ExtraCharge(kind, new BigDecimal(amount), PAID.plusSeconds(3600));
    }

    static Shipment shipment(Carrier carrier, String shippedAt, String pickedUpAt, String... events) {
        return new Shipment("o-1", carrier, "T1", at(shippedAt), pickedUpAt == null ? null : at(pickedUpAt), null,
                Arrays.stream(events).map(e -> new TrackingEvent(at(e), "浙江")).toList(), List.of());
    }

    static Shipment signed(Shipment s, String signedAt) {
        return new Shipment(s.orderId(), s.carrier(), s.trackingNo(), s.shippedAt(), s.pickedUpAt(), at(signedAt),
                s.trackingEvents(), s.giftsIncluded());
    }

    static Shipment withGifts(Shipment s, String... gifts) {
        return new Shipment(s.orderId(), s.carrier(), s.trackingNo(), s.shippedAt(), s.pickedUpAt(), s.signedAt(),
                s.trackingEvents(), List.of(gifts));
    }

    static Promise promise(PromiseKind kind, String value, PromiseSource source) {
        return new Promise("o-1", kind, value, PAID.minusSeconds(600), source, null, null);
    }

    static RuleVersion version(String ruleId) {
        return new RuleVersion(ruleId, "slug", "v1", null, null, dev.shoprules.core.verdict.Severity.GENERAL,
                "citation", Map.of());
    }

    static ShipDeadline deadline(Order o) {
        return new ShipDeadline(o, o.paidAt().plusSeconds(48 * 3600), DeadlineBasis.PAYMENT, version("X-SHIP-DEADLINE"));
    }
}
