package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.ChargeKind;
import dev.shoprules.core.facts.ExtraCharge;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.PromiseKind;
import dev.shoprules.core.facts.PromiseSource;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.verdict.Evidence;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Whether one promise about an order was kept as of {@code asOf}, by RULES.md "Promise kept?" (the same for
 * every platform). The source does not matter: a promise in the listing, typed by an agent or sent by an
 * auto-reply counts the same. No promise, nothing to keep: a buyer's mere request is not a promise.
 *
 * <ul>
 *   <li>CARRIER: every shipment went with the promised carrier (value = carrier code).
 *   <li>FREE_SHIPPING: no shipping fee and no extra charge of a {@code freeShippingBreakers} kind
 *       (by default {@link ChargeKind#SHIPPING_SURCHARGE}; a pack may add kinds its platform counts too).
 *   <li>GIFT: some shipment's {@code giftsIncluded} names the gift (value; no value = any gift).
 *   <li>SHIP_BY: first hand-over (pickup scan, else upload) no later than the value instant.
 *   <li>INVOICE: an invoice issued with nothing wrong ({@link InvoiceCheck}); any invoice problem breaks it.
 *   <li>NO_SURCHARGE: no extra charge at all, except a {@link ChargeKind#SUPPLEMENT} the buyer chose.
 * </ul>
 *
 * A promise that can still be kept is {@link Outcome#PENDING} (not shipped yet, ship-by instant not reached,
 * invoice not yet issued); one whose value cannot be read, or of kind OTHER, is {@link Outcome#NOT_JUDGED}.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record PromiseCheck(
        Promise promise,
        Order order,
        Outcome outcome,
        String finding,
        List<ExtraCharge> charges,
        Map<String, Object> evidence) {

    public enum Outcome { KEPT, BROKEN, PENDING, NOT_JUDGED }

    /** What breaks a free-shipping promise by default: a shipping surcharge asked after checkout. */
    public static final Set<ChargeKind> FREE_SHIPPING_BREAKERS = EnumSet.of(ChargeKind.SHIPPING_SURCHARGE);

    /** Orders promises by when they were made, then source, value and chat message: the first is the one a reason cites. */
    public static final Comparator<PromiseCheck> FIRST_MADE = Comparator
            .comparing((PromiseCheck c) -> c.promisedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.promise().source())
            .thenComparing(c -> Objects.toString(c.promise().value(), ""))
            .thenComparing(c -> c.promise().chatId(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.promise().messageIndex(), Comparator.nullsLast(Comparator.naturalOrder()));

    public PromiseCheck {
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(outcome, "outcome");
        charges = List.copyOf(charges);
        evidence = Evidence.copyOf(evidence);
    }

    /** Judges {@code promise} with the default free-shipping breakers. */
    public static PromiseCheck judge(Promise promise, Order order, List<Shipment> shipments, List<Invoice> invoices,
                                     Instant asOf) {
        return judge(promise, order, shipments, invoices, asOf, FREE_SHIPPING_BREAKERS);
    }

    /**
     * Judges {@code promise} about {@code order} against the order's shipments and invoices (others in the lists
     * are ignored) as of {@code asOf}.
     */
    public static PromiseCheck judge(Promise promise, Order order, List<? extends Shipment> shipments,
                                     List<? extends Invoice> invoices, Instant asOf, Set<ChargeKind> freeShippingBreakers) {
        if (!promise.orderId().equals(order.id())) {
            throw new IllegalArgumentException("promise is about order " + promise.orderId() + ", not " + order.id());
        }
        Objects.requireNonNull(asOf, "asOf");
        List<Shipment> own = shipments.stream().filter(s -> s.orderId().equals(order.id()))
                .map(Shipment.class::cast)
                .sorted(Comparator.comparing(Shipment::handedOverAt)
                        .thenComparing(s -> Objects.toString(s.trackingNo(), ""))
                        .thenComparing(s -> s.carrier().name())).toList();
        Judge j = new Judge(promise, order);
        switch (promise.kind()) {
            case CARRIER -> j.carrier(own);
            case FREE_SHIPPING -> j.freeShipping(freeShippingBreakers);
            case GIFT -> j.gift(own);
            case SHIP_BY -> j.shipBy(own, asOf);
            case INVOICE -> j.invoice(invoices.stream().filter(i -> i.orderId().equals(order.id()))
                    .map(i -> InvoiceCheck.of(i, order)).sorted(InvoiceCheck.BY_REQUEST).toList());
            case NO_SURCHARGE -> j.noSurcharge();
            case OTHER -> j.notJudged("其他承诺无法自动判断");
        }
        return j.result();
    }

    public String orderId() {
        return order.id();
    }

    public PromiseKind kind() {
        return promise.kind();
    }

    public boolean broken() {
        return outcome == Outcome.BROKEN;
    }

    /** When the promise was made; a listing promise without a time counts from payment (else order creation). */
    public Instant promisedAt() {
        if (promise.madeAt() != null) {
            return promise.madeAt();
        }
        return order.paidAt() != null ? order.paidAt() : order.createdAt();
    }

    /** A human line: what was promised, where, and what happened, e.g. {@code 承诺顺丰发货（自动回复），实际：韵达}. */
    public String reason() {
        return "承诺" + promised() + "（" + sourceText(promise.source()) + "），" + finding;
    }

    /** What was promised, in words. */
    public String promised() {
        String v = promise.value();
        return switch (promise.kind()) {
            case CARRIER -> {
                Carrier c = Carrier.byCode(v);
                yield (c != null ? c.chineseName() : v) + "发货";
            }
            case FREE_SHIPPING -> "包邮";
            case GIFT -> v == null || v.isBlank() ? "赠品" : "赠送" + v;
            case SHIP_BY -> {
                Instant by = instant(v);
                yield (by != null ? Times.show(by) : v) + " 前发货";
            }
            case INVOICE -> "开具发票";
            case NO_SURCHARGE -> "不加收任何费用";
            case OTHER -> v == null ? "其他" : v;
        };
    }

    static String sourceText(PromiseSource s) {
        return switch (s) {
            case LISTING -> "商品页";
            case CHAT -> "客服聊天";
            case AUTO_REPLY -> "自动回复";
        };
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Times.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** Collects one judgement. */
    private static final class Judge {
        private final Promise promise;
        private final Order order;
        private Outcome outcome;
        private String finding;
        private List<ExtraCharge> charges = List.of();
        private final Map<String, Object> evidence = new LinkedHashMap<>();

        Judge(Promise promise, Order order) {
            this.promise = promise;
            this.order = order;
            evidence.put("promiseKind", promise.kind().name());
            evidence.put("promiseValue", promise.value());
            evidence.put("promiseSource", promise.source().name());
            evidence.put("promiseMadeAt", promise.madeAt());
            if (promise.chatId() != null) {
                evidence.put("promiseChatId", promise.chatId());
                evidence.put("promiseMessageIndex", promise.messageIndex());
            }
        }

        void carrier(List<Shipment> shipments) {
            Carrier promised = Carrier.byCode(promise.value());
            if (promised == null) {
                notJudged("承诺的快递“" + promise.value() + "”不是快递代码");
            } else if (shipments.isEmpty()) {
                pending("尚未发货");
            } else {
                List<String> used = shipments.stream().map(s -> s.carrier().name()).distinct().toList();
                evidence.put("carriersUsed", used);
                List<Carrier> others = shipments.stream().map(Shipment::carrier).filter(c -> c != promised)
                        .distinct().toList();
                if (others.isEmpty()) {
                    kept("实际" + promised.chineseName() + "发货");
                } else {
                    broken("实际" + String.join("、", others.stream().map(Carrier::chineseName).toList()) + "发货");
                }
            }
        }

        void freeShipping(Set<ChargeKind> breakers) {
            List<ExtraCharge> extra = order.extraCharges().stream().filter(c -> breakers.contains(c.kind())).toList();
            evidence.put("shippingFee", order.shippingFee());
            if (order.shippingFee().signum() > 0 || !extra.isEmpty()) {
                charges = extra;
                evidence.put("charges", describe(extra));
                StringBuilder f = new StringBuilder("实际");
                if (order.shippingFee().signum() > 0) {
                    f.append("收取运费 ").append(order.shippingFee().toPlainString()).append(" 元");
                }
                if (!extra.isEmpty()) {
                    f.append(f.length() > 2 ? "，" : "").append("另收 ").append(String.join("、", describe(extra)));
                }
                broken(f.toString());
            } else {
                kept("未收运费");
            }
        }

        void gift(List<Shipment> shipments) {
            if (shipments.isEmpty()) {
                pending("尚未发货");
                return;
            }
            List<String> gifts = shipments.stream().flatMap(s -> s.giftsIncluded().stream()).toList();
            evidence.put("giftsIncluded", gifts);
            String wanted = normalise(promise.value());
            boolean found = gifts.stream().map(PromiseCheck::normalise)
                    .anyMatch(g -> wanted.isEmpty() ? !g.isEmpty() : g.equals(wanted) || g.contains(wanted) || wanted.contains(g) && !g.isEmpty());
            if (found) {
                kept("赠品已随包裹寄出");
            } else {
                broken(gifts.isEmpty() ? "包裹中没有赠品" : "包裹中只有 " + String.join("、", gifts));
            }
        }

        void shipBy(List<Shipment> shipments, Instant asOf) {
            Instant by = instant(promise.value());
            if (by == null) {
                notJudged("承诺的发货时间“" + promise.value() + "”不是带时区的时间");
                return;
            }
            evidence.put("promisedShipBy", by);
            if (!shipments.isEmpty()) {
                Instant at = shipments.get(0).handedOverAt();
                evidence.put("shippedAt", at);
                if (at.isAfter(by)) {
                    broken("实际 " + Times.show(at) + " 才发货");
                } else {
                    kept("已于 " + Times.show(at) + " 发货");
                }
            } else if (order.closedBy(by)) {
                notJudged("订单在承诺时间前已关闭");
            } else if (asOf.isAfter(by)) {
                evidence.put("shippedAt", null);
                broken("截至 " + Times.show(asOf) + " 仍未发货");
            } else {
                pending("尚未到承诺时间");
            }
        }

        void invoice(List<InvoiceCheck> checks) {
            List<InvoiceCheck> bad = checks.stream().filter(c -> !c.ok()).toList();
            if (!bad.isEmpty()) {
                InvoiceCheck first = bad.get(0);
                evidence.putAll(first.evidence());
                charges = first.invoiceCharges();
                broken(first.findings());
            } else if (checks.stream().anyMatch(InvoiceCheck::issuedCorrectly)) {
                kept("发票已开具");
            } else {
                pending(checks.isEmpty() ? "买家尚未申请发票" : "发票尚未开具");
            }
        }

        void noSurcharge() {
            List<ExtraCharge> extra = order.extraCharges().stream()
                    .filter(c -> c.kind() != ChargeKind.SUPPLEMENT).toList();
            if (extra.isEmpty()) {
                kept("未加收费用");
            } else {
                charges = extra;
                evidence.put("charges", describe(extra));
                broken("实际加收 " + String.join("、", describe(extra)));
            }
        }

        void kept(String f) { outcome = Outcome.KEPT; finding = f; }
        void broken(String f) { outcome = Outcome.BROKEN; finding = f; }
        void pending(String f) { outcome = Outcome.PENDING; finding = f; }
        void notJudged(String f) { outcome = Outcome.NOT_JUDGED; finding = f; }

        PromiseCheck result() {
            Map<String, Object> e = new LinkedHashMap<>(evidence);
            e.values().removeIf(Objects::isNull);
            return new PromiseCheck(promise, order, outcome, finding, charges, e);
        }
    }

    /** Charges as {@code SHIPPING_SURCHARGE 10.00}. */
    public static List<String> describe(List<ExtraCharge> charges) {
        return charges.stream().map(c -> c.kind().name() + " " + c.amount().toPlainString()).toList();
    }

}
