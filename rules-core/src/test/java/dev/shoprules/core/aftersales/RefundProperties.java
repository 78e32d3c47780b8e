package dev.shoprules.core.aftersales;

import static dev.shoprules.core.aftersales.AfterSalesFixture.SEED;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of the after-sales model over random orders and requests: the entitlement is never negative and never
 * more than was paid (goods + shipping fee + the return postage the seller bears); it and every other decision do
 * not depend on the order the facts come in; and a later seller response never makes a deadline earlier.
 */
class RefundProperties {
    private static final Instant PAID = Instant.parse("2026-11-01T02:00:00Z");

    /** A random order with its parcels and {@code minRefunds} or more requests, decided at a random instant. */
    record Sample(Random r, Order order, List<Shipment> parcels, List<Refund> refunds, Instant asOf) {
        static Sample of(long seed, int minRefunds) {
            Random r = new Random(seed);
            Order o = RefundProperties.order(r);
            List<Shipment> parcels = RefundProperties.parcels(r);
            List<Refund> refunds = RefundProperties.refunds(r, o, minRefunds + r.nextInt(3));
            return new Sample(r, o, parcels, refunds, PAID.plus(Duration.ofHours(r.nextInt(24 * 120))));
        }
    }

    @Property(tries = 300)
    void entitlementIsNeverNegativeNorMoreThanWasPaid(@ForAll long seed) {
        Sample s = Sample.of(seed, 1);
        Order o = s.order();
        for (Refund x : s.refunds()) {
            RefundProgress p = RefundProgress.of(x, o, s.parcels(), s.refunds(), SEED, s.asOf());
            BigDecimal ceiling = o.paidAmount().add(o.shippingFee())
                    .add(x.returnShipment() == null || x.returnShipment().fee() == null ? BigDecimal.ZERO
                            : x.returnShipment().fee());
            assertThat(p.entitlement().amount()).isNotNegative().isLessThanOrEqualTo(ceiling);
            assertThat(p.entitlement().goods()).isLessThanOrEqualTo(o.paidAmount());
            assertThat(p.owed()).isNotNegative().isLessThanOrEqualTo(p.entitlement().amount());
            assertThat(p.entitlement().amount().scale()).isEqualTo(2);
        }
    }

    @Property(tries = 200)
    void decisionsDoNotDependOnTheOrderOfTheFacts(@ForAll long seed) {
        Sample s = Sample.of(seed, 2);
        List<Shipment> parcelsShuffled = new ArrayList<>(s.parcels());
        List<Refund> refundsShuffled = new ArrayList<>(s.refunds());
        Collections.shuffle(parcelsShuffled, s.r());
        Collections.shuffle(refundsShuffled, s.r());
        Map<String, String> one = decide(s.order(), s.parcels(), s.refunds(), s.asOf());
        Map<String, String> two = decide(s.order(), parcelsShuffled, refundsShuffled, s.asOf());
        assertThat(two).isEqualTo(one);
    }

    /**
     * Unknown is not absent: forgetting when the seller answered or when the money went back never makes a deadline
     * of the shop's missed that the known times did not, and never adds money owed for lateness; a deadline that
     * hangs on the forgotten time is UNKNOWN, not missed.
     */
    @Property(tries = 300)
    void forgettingWhenTheSellerAnsweredOrPaidNeverMakesTheShopLate(@ForAll long seed) {
        Sample s = Sample.of(seed, 1);
        for (Refund known : s.refunds()) {
            SellerResponse answer = known.sellerResponse();
            Refund forgotten = new Refund(known.id(), known.orderId(), known.kind(), known.reason(),
                    known.requestedAt(), known.amount(), known.items(), known.resaleable(),
                    answer == null ? null : new SellerResponse(answer.decision(), null, answer.note()),
                    known.returnShipment(), known.refundedAmount() == null ? known.refundedAt() : null,
                    known.refundedAmount(), known.channel(), known.intervention());
            List<Refund> all = s.refunds().stream().map(x -> x == known ? forgotten : x).toList();
            RefundProgress k = RefundProgress.of(known, s.order(), s.parcels(), s.refunds(), SEED, s.asOf());
            RefundProgress f = RefundProgress.of(forgotten, s.order(), s.parcels(), all, SEED, s.asOf());
            assertThat(f.missedShopDeadlines().stream().map(RefundDeadline::kind).toList())
                    .isSubsetOf(k.missedShopDeadlines().stream().map(RefundDeadline::kind).toList());
            if (f.owing() == RefundProgress.Owing.OVERDUE) {
                assertThat(k.owing()).isEqualTo(RefundProgress.Owing.OVERDUE);
            }
            if (forgotten.timeUnknown() && answer != null && !k.deadlines().get(0).done()) {
                assertThat(f.deadlines().get(0).outcome(s.asOf())).isEqualTo(RefundDeadline.Outcome.UNKNOWN);
            }
        }
    }

    @Property(tries = 300)
    void aLaterSellerResponseNeverMakesADeadlineEarlier(@ForAll long seed, @ForAll @LongRange(min = 0, max = 400_000) long firstSeconds,
                                                       @ForAll @LongRange(min = 0, max = 400_000) long laterBy,
                                                       @ForAll @IntRange(min = 0, max = 1) int refuse) {
        Random r = new Random(seed);
        Order o = order(r);
        List<Shipment> parcels = parcels(r);
        Refund base = refunds(r, o, 1).get(0);
        RefundDecision decision = refuse == 1 ? RefundDecision.REFUSED : RefundDecision.AGREED;
        Instant early = base.requestedAt().plusSeconds(firstSeconds);
        Instant late = early.plusSeconds(laterBy);
        Instant asOf = late.plus(Duration.ofDays(r.nextInt(60)));
        RefundProgress a = RefundProgress.of(answered(base, decision, early), o, parcels, List.of(base), SEED, asOf);
        RefundProgress b = RefundProgress.of(answered(base, decision, late), o, parcels, List.of(base), SEED, asOf);
        Map<RefundDeadline.Kind, Instant> dueA = a.deadlines().stream()
                .collect(Collectors.toMap(RefundDeadline::kind, RefundDeadline::due));
        for (RefundDeadline d : b.deadlines()) {
            Instant before = dueA.get(d.kind());
            if (before != null) {
                assertThat(d.due()).as(d.kind().name()).isAfterOrEqualTo(before);
            }
        }
        if (a.next() != null && b.next() != null && a.next().kind() == b.next().kind()) {
            assertThat(b.next().due()).isAfterOrEqualTo(a.next().due());
        }
    }

    private static Refund answered(Refund r, RefundDecision decision, Instant at) {
        return new Refund(r.id(), r.orderId(), r.kind(), r.reason(), r.requestedAt(), r.amount(), r.items(),
                r.resaleable(), new SellerResponse(decision, at, null), r.returnShipment(), null, null, r.channel(),
                r.intervention());
    }

    private static Map<String, String> decide(Order o, List<Shipment> parcels, List<Refund> refunds, Instant asOf) {
        return refunds.stream().collect(Collectors.toMap(Refund::id, x -> {
            RefundProgress p = RefundProgress.of(x, o, parcels, refunds, SEED, asOf);
            return p.entitlement() + "|" + p.payer() + "|" + p.window() + "|" + p.deadlines() + "|" + p.status()
                    + "|" + p.owed() + "|" + p.owing();
        }, (x, y) -> x));
    }

    private static Order order(Random r) {
        List<Item> items = new ArrayList<>();
        int lines = 1 + r.nextInt(3);
        for (int i = 0; i < lines; i++) {
            items.add(new Item("S" + i, "商品" + i, 1 + r.nextInt(3),
                    BigDecimal.valueOf(r.nextInt(3) == 0 ? 0 : r.nextInt(50_000), 2), r.nextInt(5) != 0));
        }
        BigDecimal paid = BigDecimal.valueOf(r.nextInt(200_000), 2);
        BigDecimal fee = BigDecimal.valueOf(r.nextInt(3) == 0 ? 0 : r.nextInt(3000), 2);
        return new Order("o-1", "b-1", PAID.minusSeconds(60), PAID, null, items, fee, paid, PaymentMethod.ALIPAY, null,
                false, null, List.of(), null, null, null, r.nextBoolean());
    }

    private static List<Shipment> parcels(Random r) {
        List<Shipment> parcels = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            Instant up = PAID.plus(Duration.ofMinutes(r.nextInt(60 * 96)));
            Instant signed = r.nextBoolean() ? up.plus(Duration.ofMinutes(r.nextInt(60 * 96))) : null;
            parcels.add(new Shipment("o-1", Carrier.ZTO, "ZT" + i, up, r.nextBoolean() ? up.plusSeconds(600) : null,
                    signed, List.of(), List.of()));
        }
        return parcels;
    }

    private static List<Refund> refunds(Random r, Order o, int n) {
        List<Refund> out = new ArrayList<>();
        RefundKind[] kinds = RefundKind.values();
        RefundReason[] reasons = RefundReason.values();
        for (int i = 0; i < n; i++) {
            RefundKind kind = kinds[r.nextInt(kinds.length)];
            Instant asked = PAID.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 20)));
            List<RefundItem> items = new ArrayList<>();
            if (r.nextBoolean()) {
                Item it = o.items().get(r.nextInt(o.items().size()));
                items.add(new RefundItem(it.sku(), 1 + r.nextInt(it.quantity())));
            }
            SellerResponse resp = r.nextInt(3) == 0 ? null : new SellerResponse(
                    r.nextBoolean() ? RefundDecision.AGREED : RefundDecision.REFUSED,
                    asked.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 8))), null);
            ReturnShipment parcel = !kind.returnsGoods() || r.nextInt(3) == 0 ? null : new ReturnShipment(
                    r.nextInt(4) == 0 ? Carrier.POSTAL : Carrier.YTO, "RT" + i,
                    asked.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 12))), null,
                    BigDecimal.valueOf(r.nextInt(2500), 2), r.nextInt(6) != 0);
            boolean refunded = r.nextInt(4) == 0;
            Instant refundedAt = refunded ? asked.plus(Duration.ofHours(1 + r.nextInt(24 * 20))) : null;
            out.add(new Refund("r-" + i, "o-1", kind, reasons[r.nextInt(reasons.length)], asked,
                    null, items, r.nextInt(3) == 0 ? null : r.nextBoolean(), resp, parcel, refundedAt,
                    refunded && r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(200_000), 2) : null,
                    r.nextInt(4) == 0 ? null : RefundChannel.values()[r.nextInt(2)],
                    r.nextInt(5) == 0 ? Intervention.values()[r.nextInt(2)] : null));
        }
        return out;
    }
}
