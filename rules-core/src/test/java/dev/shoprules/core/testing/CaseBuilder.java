package dev.shoprules.core.testing;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.ClosedBy;
import dev.shoprules.core.facts.Complaint;
import dev.shoprules.core.facts.ExtraCharge;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.PaymentMethod;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.Receiver;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.Shop;
import dev.shoprules.core.facts.TrackingEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Builds cases in tests and properties without JSON: {@code CaseBuilder.of(Platform.TMALL).asOf("2026-11-05T12:00+08:00")
 * .order("o-1", "800.00", "2026-11-01T10:00+08:00").shipped("o-1", "2026-11-04T10:00+08:00").build()}.
 * Instants are ISO-8601 with offset ({@code 2026-11-01T10:00+08:00}).
 */
public final class CaseBuilder {
    private final Platform platform;
    private String caseId = "c-1";
    private Instant asOf = at("2026-11-05T12:00+08:00");
    private Ledger ledger;
    private final List<Order> orders = new ArrayList<>();
    private final List<Promise> promises = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Chat> chats = new ArrayList<>();
    private final List<Complaint> complaints = new ArrayList<>();

    private CaseBuilder(Platform platform) {
        this.platform = platform;
    }

    public static CaseBuilder of(Platform platform) {
        return new CaseBuilder(platform);
    }

    public static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    public CaseBuilder id(String caseId) { this.caseId = caseId; return this; }
    public CaseBuilder asOf(String iso) { this.asOf = at(iso); return this; }
    public CaseBuilder asOf(Instant asOf) { this.asOf = asOf; return this; }
    public CaseBuilder ledger(int year, int general, int serious) { this.ledger = new Ledger(year, general, serious); return this; }

    /** A paid single-item order of {@code amount} yuan (goods only), created two minutes before payment. */
    public CaseBuilder order(String id, String amount, String paidAt) {
        Instant paid = paidAt == null ? null : at(paidAt);
        return order(id, new BigDecimal(amount), paid, BigDecimal.ZERO, null);
    }

    public CaseBuilder order(String id, BigDecimal amount, Instant paidAt, BigDecimal shippingFee, Instant agreedShipBy) {
        Instant created = paidAt == null ? asOf.minusSeconds(3600) : paidAt.minusSeconds(120);
        orders.add(new Order(id, "b-" + id, created, paidAt, null,
                List.of(new Item("SKU-" + id, "商品" + id, 1, amount)), shippingFee, amount, PaymentMethod.ALIPAY,
                agreedShipBy, false, new Receiver("张三", "13812345678", "浙江省杭州市西湖区文三路100号"),
                List.of(), null, null, null));
        return this;
    }

    /** Adds any order as built by the caller. */
    public CaseBuilder order(Order order) { orders.add(order); return this; }

    /** A shipment picked up (first scan) at the same instant its tracking number was uploaded. */
    public CaseBuilder shipped(String orderId, String at) {
        return shipped(orderId, at(at), Carrier.YUNDA);
    }

    public CaseBuilder shipped(String orderId, Instant at, Carrier carrier) {
        shipments.add(new Shipment(orderId, carrier, "T-" + orderId + "-" + shipments.size(), at, at, null,
                List.of(new TrackingEvent(at, "浙江")), List.of()));
        return this;
    }

    public CaseBuilder shipment(Shipment s) { shipments.add(s); return this; }
    public CaseBuilder promise(Promise p) { promises.add(p); return this; }
    public CaseBuilder invoice(Invoice i) { invoices.add(i); return this; }
    public CaseBuilder chat(Chat c) { chats.add(c); return this; }

    public CaseBuilder complaint(String orderId, String kind, boolean upheld) {
        complaints.add(new Complaint(orderId, kind, asOf, upheld));
        return this;
    }

    public CaseBuilder charge(String orderId, ExtraCharge charge) {
        return replaceOrder(orderId, o -> {
            List<ExtraCharge> charges = new ArrayList<>(o.extraCharges());
            charges.add(charge);
            return new Order(o.id(), o.buyerId(), o.createdAt(), o.paidAt(), o.groupedAt(), o.items(),
                    o.shippingFee(), o.paidAmount(), o.paymentMethod(), o.agreedShipBy(), o.presale(),
                    o.receiver(), charges, o.closedBy(), o.closedAt(), o.closeReason());
        });
    }

    /** Sets when an order's PDD group was completed (成团); its ship deadline then runs from this instant. */
    public CaseBuilder grouped(String orderId, Instant groupedAt) {
        return replaceOrder(orderId, o -> new Order(o.id(), o.buyerId(), o.createdAt(), o.paidAt(), groupedAt,
                o.items(), o.shippingFee(), o.paidAmount(), o.paymentMethod(), o.agreedShipBy(), o.presale(),
                o.receiver(), o.extraCharges(), o.closedBy(), o.closedAt(), o.closeReason()));
    }

    /** Closes an order already added, e.g. {@code closed("o-1", ClosedBy.SELLER, at, CloseReason.OUT_OF_STOCK)}. */
    public CaseBuilder closed(String orderId, ClosedBy by, Instant at, CloseReason reason) {
        return replaceOrder(orderId, o -> new Order(o.id(), o.buyerId(), o.createdAt(), o.paidAt(), o.groupedAt(),
                o.items(), o.shippingFee(), o.paidAmount(), o.paymentMethod(), o.agreedShipBy(), o.presale(),
                o.receiver(), o.extraCharges(), by, at, reason));
    }

    private CaseBuilder replaceOrder(String orderId, UnaryOperator<Order> change) {
        orders.replaceAll(o -> o.id().equals(orderId) ? change.apply(o) : o);
        return this;
    }

    public CaseFacts build() {
        return new CaseFacts(caseId, platform, asOf, new Shop("s-1", "测试旗舰店", List.of("4001234567")), ledger,
                orders, promises, shipments, invoices, chats, complaints);
    }

    /**
     * The same case with every fact list shuffled: evaluation must not depend on fact order. (The verdict lists refund
     * assessments in case order, so compare those as a set: {@link GoldenCaseInvariants}.)
     */
    public static CaseFacts shuffled(CaseFacts c, long seed) {
        Random r = new Random(seed);
        return new CaseFacts(c.caseId(), c.platform(), c.asOf(), c.shop(), c.ledger(), shuffle(c.orders(), r),
                shuffle(c.promises(), r), shuffle(c.shipments(), r), shuffle(c.invoices(), r), shuffle(c.chats(), r),
                shuffle(c.complaints(), r), shuffle(c.refunds(), r));
    }

    private static <T> List<T> shuffle(List<T> list, Random r) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, r);
        return copy;
    }
}
