package dev.shoprules.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Message;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.PromiseKind;
import dev.shoprules.core.facts.Sender;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.TrackingEvent;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CaseGeneratorTest {
    private static String jsonLines(Platform p, long seed, long count) throws IOException {
        StringWriter out = new StringWriter();
        new CaseGenerator(p, seed).writeJsonLines(count, out);
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws IOException {
        String a = jsonLines(Platform.TMALL, 42, 300);
        assertThat(jsonLines(Platform.TMALL, 42, 300)).isEqualTo(a);
        assertThat(jsonLines(Platform.TMALL, 43, 300)).isNotEqualTo(a);
        // Case i depends on the seed and i only: a longer file starts with the shorter one.
        assertThat(jsonLines(Platform.TMALL, 42, 400)).startsWith(a);
        CaseGenerator g = new CaseGenerator(Platform.TMALL, 42);
        assertThat(g.caseAt(123)).isEqualTo(g.cases(200).skip(123).findFirst().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void everyGeneratedLineReadsAsAValidCase(Platform p) throws IOException {
        String text = jsonLines(p, 5, 800);
        assertThat(text.lines()).hasSize(800).allMatch(l -> l.startsWith("{") && l.endsWith("}"));
        List<CaseInput> read;
        try (var in = CaseReader.jsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "gen.jsonl")) {
            read = in.toList();
        }
        assertThat(read).hasSize(800);
        assertThat(read).filteredOn(i -> i instanceof CaseInput.Invalid)
                .extracting(i -> ((CaseInput.Invalid) i).describe()).isEmpty();
        // What the strict reader gives back is exactly what was generated.
        CaseGenerator g = new CaseGenerator(p, 5);
        for (int i = 0; i < 800; i += 37) {
            assertThat(((CaseInput.Valid) read.get(i)).facts()).isEqualTo(g.caseAt(i));
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aFileHoldsEverySituationTheRulesLookAt(Platform p) {
        List<CaseFacts> cases = new CaseGenerator(p, 11).cases(2000).toList();
        List<Order> orders = cases.stream().flatMap(c -> c.orders().stream()).toList();
        List<Shipment> shipments = cases.stream().flatMap(c -> c.shipments().stream()).toList();
        List<Message> messages = cases.stream().flatMap(c -> c.chats().stream())
                .flatMap(c -> c.messages().stream()).toList();

        assertThat(cases.stream().map(c -> c.shop().id()).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(cases).allMatch(c -> c.ledger() != null && c.ledger().year() == 2026);
        assertThat(cases).anyMatch(c -> c.ledger().generalPoints() > 0)
                .anyMatch(c -> c.ledger().seriousPoints() > 0);
        assertThat(orders).anyMatch(o -> o.paidAt() == null).anyMatch(o -> o.agreedShipBy() != null)
                .anyMatch(Order::presale).anyMatch(o -> o.closedBy() != null).anyMatch(o -> !o.extraCharges().isEmpty())
                .anyMatch(o -> o.shippingFee().signum() > 0);
        if (p == Platform.PDD) {
            assertThat(orders).anyMatch(o -> o.groupedAt() != null);
        } else {
            assertThat(orders).allMatch(o -> o.groupedAt() == null);
        }

        // Shipments on time, exactly at the 48 h deadline, one second after, days late; unshipped paid orders.
        Set<String> shipped = shipments.stream().map(Shipment::orderId).collect(Collectors.toSet());
        long exactlyAtDeadline = shipments.stream().filter(s -> delay(orders, s).isZero()).count();
        long oneSecondLate = shipments.stream().filter(s -> delay(orders, s).equals(Duration.ofSeconds(1))).count();
        long daysLate = shipments.stream().filter(s -> delay(orders, s).compareTo(Duration.ofDays(1)) > 0).count();
        long onTime = shipments.stream().filter(s -> delay(orders, s).isNegative()).count();
        assertThat(exactlyAtDeadline).isPositive();
        assertThat(oneSecondLate).isPositive();
        assertThat(daysLate).isPositive();
        assertThat(onTime).isGreaterThan(shipments.size() / 2);
        assertThat(orders).anyMatch(o -> o.paidAt() != null && o.closedBy() == null && !shipped.contains(o.id()));
        assertThat(shipments).anyMatch(s -> s.pickedUpAt() == null)
                .anyMatch(s -> s.pickedUpAt() != null && s.pickedUpAt().isAfter(s.shippedAt().plus(Duration.ofHours(24))))
                .anyMatch(s -> s.signedAt() != null).anyMatch(s -> !s.giftsIncluded().isEmpty());
        assertThat(shipments.stream().flatMap(s -> s.trackingEvents().stream()).map(TrackingEvent::province)
                .distinct().count()).isGreaterThan(10);

        Set<PromiseKind> kinds = cases.stream().flatMap(c -> c.promises().stream()).map(Promise::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PromiseKind.class)));
        assertThat(kinds).containsExactlyInAnyOrder(PromiseKind.values());
        List<Invoice> invoices = cases.stream().flatMap(c -> c.invoices().stream()).toList();
        assertThat(invoices).anyMatch(Invoice::refused).anyMatch(v -> v.chargedToBuyer().signum() > 0)
                .anyMatch(v -> v.issuedAt() != null && v.chargedToBuyer().signum() == 0);
        assertThat(cases.stream().flatMap(c -> c.complaints().stream()))
                .anyMatch(k -> k.upheld()).anyMatch(k -> !k.upheld());

        assertThat(messages).anyMatch(m -> m.from() == Sender.AUTO_REPLY).anyMatch(m -> m.from() == Sender.BUYER);
        assertThat(messages).filteredOn(m -> m.from() == Sender.AGENT)
                .anyMatch(m -> m.text().contains("微信转账")).anyMatch(m -> m.text().contains("薇信"))
                .anyMatch(m -> m.text().contains("全网最低价")).anyMatch(m -> m.text().contains("返现"))
                .anyMatch(m -> m.text().contains("不支持微信支付")).anyMatch(m -> m.text().startsWith("亲"));
        assertThat(cases).anyMatch(c -> c.chats().stream().anyMatch(chat -> c.orders().stream()
                .filter(o -> chat.orderIds().contains(o.id())).noneMatch(o -> o.buyerId().equals(chat.account()))));
        // Every instant is before asOf: nothing in a case happens after the evaluation clock.
        assertThat(cases).allMatch(c -> c.shipments().stream().allMatch(s -> !s.shippedAt().isAfter(c.asOf())));
    }

    /** Hand-over minus the 48 h default deadline (0 = exactly at it), for orders without an agreed date. */
    private static Duration delay(List<Order> orders, Shipment s) {
        Order o = orders.stream().filter(x -> x.id().equals(s.orderId())).findFirst().orElseThrow();
        if (o.agreedShipBy() != null) {
            return Duration.ofDays(-1);
        }
        return Duration.between((o.groupedAt() != null ? o.groupedAt() : o.paidAt()).plus(Duration.ofHours(48)),
                s.handedOverAt());
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void refundsComeInRealisticShapesAndAreValidAfterSalesFacts(Platform p) {
        List<CaseFacts> cases = new CaseGenerator(p, 17).cases(3000).toList();
        List<dev.shoprules.core.facts.Refund> refunds = cases.stream().flatMap(c -> c.refunds().stream()).toList();
        long paid = cases.stream().flatMap(c -> c.orders().stream()).filter(o -> o.paidAt() != null).count();
        // About one paid order in eight gets a request.
        assertThat(refunds.size()).isBetween((int) (paid * 0.06), (int) (paid * 0.16));
        assertThat(refunds).extracting(dev.shoprules.core.facts.Refund::kind).contains(
                dev.shoprules.core.facts.RefundKind.values());
        assertThat(refunds).extracting(dev.shoprules.core.facts.Refund::reason).contains(
                dev.shoprules.core.facts.RefundReason.NO_REASON, dev.shoprules.core.facts.RefundReason.QUALITY,
                dev.shoprules.core.facts.RefundReason.WRONG_ITEM, dev.shoprules.core.facts.RefundReason.OUT_OF_STOCK,
                dev.shoprules.core.facts.RefundReason.LATE_SHIPMENT, dev.shoprules.core.facts.RefundReason.NOT_RECEIVED);
        assertThat(refunds).anyMatch(r -> r.sellerResponse() == null)
                .anyMatch(r -> r.sellerResponse() != null
                        && r.sellerResponse().decision() == dev.shoprules.core.facts.RefundDecision.REFUSED)
                // Some answers come after the 5-day deadline.
                .anyMatch(r -> r.sellerResponse() != null
                        && Duration.between(r.requestedAt(), r.sellerResponse().at()).compareTo(Duration.ofDays(5)) > 0)
                .anyMatch(r -> r.returnShipment() != null
                        && r.returnShipment().carrier() == dev.shoprules.core.facts.Carrier.POSTAL)
                .anyMatch(r -> r.returnShipment() != null && !r.returnShipment().trackingNoValid())
                .anyMatch(r -> r.refundedAt() != null)
                .anyMatch(r -> r.resaleable() == null)
                .allMatch(r -> !r.requestedAt().isAfter(cases.stream().filter(c -> c.refunds().contains(r))
                        .findFirst().orElseThrow().asOf()));
        assertThat(cases.stream().flatMap(c -> c.orders().stream())).anyMatch(Order::freightInsurance)
                .anyMatch(o -> o.items().stream().anyMatch(i -> !i.noReasonReturn()));
    }
}
