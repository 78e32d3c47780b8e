package dev.shoprules.core.rules;

import static dev.shoprules.core.rules.Facts.at;
import static dev.shoprules.core.rules.Facts.order;
import static dev.shoprules.core.rules.Facts.promise;
import static dev.shoprules.core.rules.Facts.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Complaint;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.PromiseKind;
import dev.shoprules.core.facts.PromiseSource;
import dev.shoprules.core.facts.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseBreachTest {
    private static final Duration WINDOW = Duration.ofDays(15);
    private final Order order = order("100.00", "0.00");
    private final Shipment yunda = shipment(Carrier.YUNDA, "2026-11-02T10:00+08:00", "2026-11-02T10:00+08:00");
    // Success 2026-11-12 10:00 (10 days), window closes 2026-11-27 10:00.
    private final TradeSuccess success = TradeSuccess.of(order, new Handover("o-1", yunda.handedOverAt(), yunda),
            Duration.ofDays(10), Duration.ofDays(30));

    private PromiseCheck brokenCarrier(PromiseSource source) {
        return PromiseCheck.judge(promise(PromiseKind.CARRIER, "SF", source), order, List.of(yunda), List.of(),
                at("2026-11-03T00:00+08:00"));
    }

    private PromiseBreach breach(List<Complaint> complaints, String asOf) {
        return PromiseBreach.of(List.of(brokenCarrier(PromiseSource.CHAT)), success, WINDOW, complaints, at(asOf));
    }

    @Test
    void theWindowIsOpenUntilFifteenDaysAfterSuccessInclusive() {
        assertThat(breach(List.of(), "2026-11-27T10:00+08:00")).isNotNull();
        assertThat(breach(List.of(), "2026-11-27T10:00:01+08:00")).isNull();
        assertThat(PromiseBreach.of(List.of(brokenCarrier(PromiseSource.CHAT)), null, WINDOW, List.of(),
                at("2027-11-27T10:00+08:00"))).isNotNull();
    }

    @Test
    void aComplaintFiledInTimeKeepsTheBreachAfterTheWindow() {
        Instant last = at("2026-11-27T10:00+08:00");
        PromiseBreach b = breach(List.of(new Complaint("o-1", "BREACH_OF_PROMISE", last, true)), "2026-12-30T00:00+08:00");
        assertThat(b.complained()).isTrue();
        assertThat(b.evidence()).containsEntry("complaintUpheld", true);
        assertThat(breach(List.of(new Complaint("o-1", "BREACH_OF_PROMISE", last.plusSeconds(1), true)),
                "2026-12-30T00:00+08:00")).isNull();
        assertThat(breach(List.of(new Complaint("o-1", "LATE_SHIPMENT", last, true)), "2026-12-30T00:00+08:00")).isNull();
    }

    @Test
    void theSamePromiseFromSeveralSourcesIsOneBreachCitingTheFirst() {
        PromiseBreach b = PromiseBreach.of(List.of(brokenCarrier(PromiseSource.AUTO_REPLY),
                brokenCarrier(PromiseSource.LISTING)), null, WINDOW, List.of(), at("2026-11-05T00:00+08:00"));
        assertThat(b.broken()).hasSize(2);
        assertThat(b.first().promise().source()).isEqualTo(PromiseSource.LISTING);
        assertThat(b.reason()).contains("同一承诺共 2 处");
    }

    @Test
    void brokenPromisesAreGroupedByKindFirstMadeFirstAndKeptOnesLeftOut() {
        PromiseCheck kept = PromiseCheck.judge(promise(PromiseKind.CARRIER, "YUNDA", PromiseSource.CHAT), order,
                List.of(yunda), List.of(), at("2026-11-03T00:00+08:00"));
        PromiseCheck late = PromiseCheck.judge(promise(PromiseKind.SHIP_BY, "2026-11-01T00:00+08:00", PromiseSource.CHAT),
                order, List.of(yunda), List.of(), at("2026-11-03T00:00+08:00"));
        List<BrokenPromises> groups = BrokenPromises.byKind(List.of(late, brokenCarrier(PromiseSource.AUTO_REPLY), kept,
                brokenCarrier(PromiseSource.LISTING)));
        assertThat(groups).extracting(BrokenPromises::kind).containsExactly(PromiseKind.CARRIER, PromiseKind.SHIP_BY);
        assertThat(groups.get(0).checks()).hasSize(2);
        assertThat(groups.get(0).first().promise().source()).isEqualTo(PromiseSource.LISTING);
        assertThat(BrokenPromises.byKind(List.of(kept))).isEmpty();
    }

    @Test
    void keptPromisesAreNoBreach() {
        PromiseCheck kept = PromiseCheck.judge(promise(PromiseKind.CARRIER, "YUNDA", PromiseSource.CHAT), order,
                List.of(yunda), List.of(), at("2026-11-03T00:00+08:00"));
        assertThat(PromiseBreach.of(List.of(kept), null, WINDOW, List.of(), at("2026-11-05T00:00+08:00"))).isNull();
    }

    @Test
    void aBreachCoversTheChargesThatBrokeItAndInvoicesOfAnInvoicePromise() {
        var tax = Facts.charge(dev.shoprules.core.facts.ChargeKind.INVOICE_TAX, "6.00");
        Order charged = order("100.00", "0.00", tax);
        PromiseCheck noSurcharge = PromiseCheck.judge(promise(PromiseKind.NO_SURCHARGE, null, PromiseSource.LISTING),
                charged, List.of(), List.of(), at("2026-11-03T00:00+08:00"));
        PromiseBreach b = PromiseBreach.of(List.of(noSurcharge), null, WINDOW, List.of(), at("2026-11-05T00:00+08:00"));
        assertThat(b.covers(tax)).isTrue();
        var invoice = new dev.shoprules.core.facts.Invoice("o-1", at("2026-11-02T00:00+08:00"),
                at("2026-11-02T01:00+08:00"), new java.math.BigDecimal("100.00"), java.math.BigDecimal.ZERO, false);
        assertThat(b.covers(InvoiceCheck.of(invoice, charged))).isTrue();
        var inflated = new dev.shoprules.core.facts.Invoice("o-1", at("2026-11-02T00:00+08:00"),
                at("2026-11-02T01:00+08:00"), new java.math.BigDecimal("200.00"), java.math.BigDecimal.ZERO, false);
        assertThat(b.covers(InvoiceCheck.of(inflated, charged))).isFalse();
    }
}
