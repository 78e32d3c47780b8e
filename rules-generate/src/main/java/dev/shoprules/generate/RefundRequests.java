package dev.shoprules.generate;

import static dev.shoprules.generate.CaseGenerator.between;
import static dev.shoprules.generate.CaseGenerator.digits;
import static dev.shoprules.generate.CaseGenerator.pick;
import static dev.shoprules.generate.CaseGenerator.weighted;

import dev.shoprules.core.aftersales.AfterSalesFigures;
import dev.shoprules.core.aftersales.RefundProgress;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Order;
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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The after-sales side of a generated case (售后): which orders carry freight insurance, which goods are excluded from
 * the 7-day no-reason return, and the refund requests of an order with the seller's answer, the buyer's return
 * parcel and the refund, each only as far as it has happened by {@code asOf}.
 * <p>
 * Shares and timings (a shop's typical month, to be tuned, not a platform statistic): about one paid order in eight
 * gets a request; before shipment it is 仅退款 (no reason, out of stock, late shipment, agreed); after signing mostly a
 * return (no reason 45 %, quality, not as described, wrong item, damaged, fake, other) or an exchange, and 仅退款 for
 * parcels not received. Sellers answer four requests in five, most within hours, about one in ten after the
 * deadline; one answer in seven is a refusal. Buyers send the return within 1–3 days (a tenth by 平邮, a few with a
 * wrong tracking number); sellers confirm receipt within days, now and then after their 10 (30) days. Refunds are
 * what the buyer is entitled to (core's {@link RefundProgress}), and one in twenty keeps back the return postage.
 * <p>
 * Draws come from their own random stream, so adding after-sales facts changed nothing else of a generated case.
 */
final class RefundRequests {
    /** The seed figures, so generated answers and parcels fall around the real deadlines. */
    private static final AfterSalesFigures FIGURES = new AfterSalesFigures(Duration.ofHours(48), Duration.ofDays(5),
            Duration.ofDays(7), Duration.ofDays(10), Duration.ofDays(30), Duration.ofDays(90), Duration.ofDays(7));

    private final SplittableRandom a;
    private final Instant asOf;
    private final List<Refund> refunds = new ArrayList<>();

    RefundRequests(SplittableRandom a, Instant asOf) {
        this.a = a;
        this.asOf = asOf;
    }

    List<Refund> refunds() {
        return refunds;
    }

    /** Three orders in ten carry freight insurance (bought by the shop or the buyer). */
    boolean freightInsurance() {
        return a.nextInt(100) < 30;
    }

    /** One item in twenty (custom-made, fresh, underwear…) does not support the 7-day no-reason return. */
    List<Item> withNoReasonReturn(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item i : items) {
            out.add(new Item(i.sku(), i.title(), i.quantity(), i.unitPrice(), a.nextInt(100) >= 5));
        }
        return out;
    }

    /** Maybe a request on {@code order}; {@code shipment} is its parcel or null. */
    void maybeRequest(Order order, Shipment shipment) {
        if (order.paidAt() == null || order.closed() || a.nextInt(100) >= 12) {
            return;
        }
        Instant handover = shipment == null ? null : shipment.handedOverAt();
        boolean signed = shipment != null && shipment.signedAt() != null;
        RefundKind kind;
        RefundReason reason;
        Instant from;
        Instant until;
        if (handover == null || handover.isAfter(asOf)) {
            kind = RefundKind.REFUND_ONLY;
            reason = pick(a, RefundReason.NO_REASON, RefundReason.NO_REASON, RefundReason.OUT_OF_STOCK,
                    RefundReason.LATE_SHIPMENT, RefundReason.AGREED);
            from = order.paidAt();
            until = asOf;
        } else if (!signed) {
            kind = RefundKind.REFUND_ONLY;
            reason = pick(a, RefundReason.NOT_RECEIVED, RefundReason.NOT_RECEIVED, RefundReason.LATE_SHIPMENT,
                    RefundReason.AGREED);
            from = handover;
            until = asOf;
        } else {
            kind = switch (weighted(a, 80, 12, 8)) {
                case 0 -> RefundKind.RETURN_AND_REFUND;
                case 1 -> RefundKind.REFUND_ONLY;
                default -> RefundKind.EXCHANGE;
            };
            reason = switch (weighted(a, 45, 15, 10, 5, 5, 1, 4, 15)) {
                case 0 -> RefundReason.NO_REASON;
                case 1 -> RefundReason.QUALITY;
                case 2 -> RefundReason.NOT_AS_DESCRIBED;
                case 3 -> RefundReason.WRONG_ITEM;
                case 4 -> RefundReason.DAMAGED_IN_TRANSIT;
                case 5 -> RefundReason.FAKE;
                case 6 -> RefundReason.OTHER;
                default -> RefundReason.AGREED;
            };
            from = shipment.signedAt();
            // Most requests come inside the 7-day window; some later (quality, after-sales).
            Instant latest = from.plus(Duration.ofDays(a.nextInt(100) < 85 ? 7 : 20));
            until = latest.isBefore(asOf) ? latest : asOf;
        }
        if (!until.isAfter(from)) {
            return;
        }
        // Buyers ask soon after receiving more often than late in the window (skewed towards the start).
        double u = a.nextDouble();
        long span = Math.max(1, Duration.between(from, until).toMinutes());
        Instant requested = from.plus(Duration.ofMinutes(1 + (long) (u * u * (span - 1))));
        List<RefundItem> items = new ArrayList<>();
        if (order.items().size() > 1 && a.nextBoolean()) {
            Item one = order.items().get(a.nextInt(order.items().size()));
            items.add(new RefundItem(one.sku(), 1 + a.nextInt(one.quantity())));
        }
        Boolean resaleable = !kind.returnsGoods() ? null : switch (weighted(a, 80, 15, 5)) {
            case 0 -> Boolean.TRUE;
            case 1 -> null;
            default -> Boolean.FALSE;
        };
        RefundChannel channel = a.nextInt(100) < 88 ? RefundChannel.IN_TRADE : RefundChannel.AFTER_SALES;
        String id = "r-" + order.id().substring(2) + "-" + digits(a, 3);

        // The seller's answer: mostly within hours, sometimes after the deadline, sometimes not yet.
        Duration window = kind == RefundKind.REFUND_ONLY && (handover == null || handover.isAfter(requested))
                ? FIGURES.unshippedRefundOnlyResponse() : FIGURES.response();
        SellerResponse response = null;
        int answer = weighted(a, 70, 10, 20);
        if (answer < 2) {
            Instant at = answer == 0
                    ? requested.plus(Duration.ofMinutes(between(a, 5, Math.min(window.toMinutes(), 36 * 60))))
                    : requested.plus(window).plus(Duration.ofMinutes(between(a, 1, 3 * 1440)));
            if (!at.isAfter(asOf)) {
                RefundDecision decision = a.nextInt(100) < 85 ? RefundDecision.AGREED : RefundDecision.REFUSED;
                response = new SellerResponse(decision, at, decision == RefundDecision.AGREED ? "同意" : "不同意");
            }
        }
        Refund draft = new Refund(id, order.id(), kind, reason, requested, null, items, resaleable, response, null,
                null, null, channel, null);

        ReturnShipment parcel = null;
        Instant agreedAt = response != null && response.decision() == RefundDecision.AGREED ? response.at()
                : response == null && requested.plus(window).isBefore(asOf) ? requested.plus(window) : null;
        if (kind.returnsGoods() && agreedAt != null && a.nextInt(100) < 88) {
            Instant sent = agreedAt.plus(Duration.ofMinutes(between(a, 30, 3 * 1440)));
            if (!sent.isAfter(asOf)) {
                Carrier carrier = a.nextInt(100) < 10 ? Carrier.POSTAL : pick(a, Carrier.YTO, Carrier.ZTO, Carrier.STO,
                        Carrier.YUNDA, Carrier.SF, Carrier.JT);
                Duration receipt = carrier == Carrier.POSTAL ? FIGURES.postalReceipt() : FIGURES.receipt();
                Instant received = a.nextInt(100) < 90
                        ? sent.plus(Duration.ofHours(between(a, 24, receipt.toHours() * 6 / 10)))
                        : sent.plus(receipt).plus(Duration.ofHours(between(a, 1, 72)));
                parcel = new ReturnShipment(carrier, carrier.name() + digits(a, 10), sent,
                        received.isAfter(asOf) ? null : received, BigDecimal.valueOf(between(a, 600, 1800), 2),
                        a.nextInt(100) >= 5);
            }
        }
        Instant refundedAt = null;
        BigDecimal refunded = null;
        Instant due = kind == RefundKind.REFUND_ONLY ? agreedAt : parcel == null ? null : parcel.receivedAt();
        if (kind != RefundKind.EXCHANGE && due != null) {
            Instant at = due.plus(Duration.ofMinutes(between(a, 1, 600)));
            if (!at.isAfter(asOf)) {
                Refund returned = new Refund(id, order.id(), kind, reason, requested, null, items, resaleable,
                        response, parcel, null, null, channel, null);
                RefundProgress p = RefundProgress.of(returned, order,
                        shipment == null ? List.of() : List.of(shipment), List.of(returned), FIGURES, at);
                refundedAt = at;
                refunded = a.nextInt(100) < 5 ? p.entitlement().amount().subtract(p.entitlement().returnPostage())
                        : p.entitlement().amount();
            }
        }
        // What the buyer asks for: the entitlement; some ask for the original shipping fee too (the seed's 183).
        BigDecimal entitled = RefundProgress.of(draft, order, shipment == null ? List.of() : List.of(shipment),
                List.of(draft), FIGURES, requested).entitlement().amount();
        BigDecimal askedFor = kind.returnsGoods() && order.shippingFee().signum() > 0 && a.nextInt(100) < 20
                ? entitled.add(order.shippingFee()) : entitled;
        refunds.add(new Refund(id, order.id(), kind, reason, requested, askedFor, items, resaleable, response, parcel,
                refundedAt, refunded, channel, null));
    }
}
