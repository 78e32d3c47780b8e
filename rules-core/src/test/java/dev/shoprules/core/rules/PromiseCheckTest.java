package dev.shoprules.core.rules;

import static dev.shoprules.core.rules.Facts.PAID;
import static dev.shoprules.core.rules.Facts.at;
import static dev.shoprules.core.rules.Facts.charge;
import static dev.shoprules.core.rules.Facts.order;
import static dev.shoprules.core.rules.Facts.promise;
import static dev.shoprules.core.rules.Facts.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.ChargeKind;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.PromiseKind;
import dev.shoprules.core.facts.PromiseSource;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.rules.PromiseCheck.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PromiseCheckTest {
    private static final Instant AS_OF = at("2026-11-10T12:00+08:00");
    private static final Shipment YUNDA = shipment(Carrier.YUNDA, "2026-11-02T10:00+08:00", "2026-11-02T11:00+08:00");

    private static PromiseCheck judge(PromiseKind kind, String value, Order o, List<Shipment> ships,
                                      List<Invoice> invoices) {
        return PromiseCheck.judge(promise(kind, value, PromiseSource.CHAT), o, ships, invoices, AS_OF);
    }

    @ParameterizedTest
    @EnumSource(PromiseSource.class)
    void aPromiseCountsTheSameFromEverySource(PromiseSource source) {
        PromiseCheck c = PromiseCheck.judge(promise(PromiseKind.CARRIER, "SF", source), order("100.00", "0.00"),
                List.of(YUNDA), List.of(), AS_OF);
        assertThat(c.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(c.reason()).contains("顺丰").contains("韵达");
    }

    @Test
    void carrierKeptPendingOrUnreadable() {
        Order o = order("100.00", "0.00");
        assertThat(judge(PromiseKind.CARRIER, "yunda", o, List.of(YUNDA), List.of()).outcome()).isEqualTo(Outcome.KEPT);
        assertThat(judge(PromiseKind.CARRIER, "SF", o, List.of(), List.of()).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(judge(PromiseKind.CARRIER, "顺丰快递", o, List.of(YUNDA), List.of()).outcome())
                .isEqualTo(Outcome.NOT_JUDGED);
    }

    @Test
    void freeShippingIsBrokenByAFeeOrASurchargeAndPacksMayAddChargeKinds() {
        assertThat(judge(PromiseKind.FREE_SHIPPING, null, order("100.00", "0.00"), List.of(), List.of()).outcome())
                .isEqualTo(Outcome.KEPT);
        assertThat(judge(PromiseKind.FREE_SHIPPING, null, order("100.00", "8.00"), List.of(), List.of()).outcome())
                .isEqualTo(Outcome.BROKEN);
        PromiseCheck surcharge = judge(PromiseKind.FREE_SHIPPING, null,
                order("100.00", "0.00", charge(ChargeKind.SHIPPING_SURCHARGE, "10.00")), List.of(), List.of());
        assertThat(surcharge.broken()).isTrue();
        assertThat(surcharge.charges()).hasSize(1);
        Order cardFee = order("100.00", "0.00", charge(ChargeKind.CREDIT_CARD_FEE, "1.00"));
        assertThat(judge(PromiseKind.FREE_SHIPPING, null, cardFee, List.of(), List.of()).broken()).isFalse();
        assertThat(PromiseCheck.judge(promise(PromiseKind.FREE_SHIPPING, null, PromiseSource.LISTING), cardFee,
                List.of(), List.of(), AS_OF, EnumSet.of(ChargeKind.SHIPPING_SURCHARGE, ChargeKind.CREDIT_CARD_FEE))
                .broken()).isTrue();
    }

    @Test
    void giftMustBeInAParcel() {
        Order o = order("100.00", "0.00");
        assertThat(judge(PromiseKind.GIFT, "发圈", o, List.of(Facts.withGifts(YUNDA, "发圈×2")), List.of()).outcome())
                .isEqualTo(Outcome.KEPT);
        assertThat(judge(PromiseKind.GIFT, "发圈", o, List.of(YUNDA), List.of()).outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(judge(PromiseKind.GIFT, null, o, List.of(Facts.withGifts(YUNDA, "小样")), List.of()).outcome())
                .isEqualTo(Outcome.KEPT);
        assertThat(judge(PromiseKind.GIFT, "发圈", o, List.of(), List.of()).outcome()).isEqualTo(Outcome.PENDING);
    }

    @Test
    void shipByIsJudgedOnTheFirstHandOverInclusive() {
        Order o = order("100.00", "0.00");
        assertThat(judge(PromiseKind.SHIP_BY, "2026-11-02T11:00+08:00", o, List.of(YUNDA), List.of()).outcome())
                .isEqualTo(Outcome.KEPT);
        assertThat(judge(PromiseKind.SHIP_BY, "2026-11-02T10:59:59+08:00", o, List.of(YUNDA), List.of()).outcome())
                .isEqualTo(Outcome.BROKEN);
        assertThat(judge(PromiseKind.SHIP_BY, "2026-11-10T12:00+08:00", o, List.of(), List.of()).outcome())
                .isEqualTo(Outcome.PENDING);
        assertThat(judge(PromiseKind.SHIP_BY, "2026-11-10T11:59:59+08:00", o, List.of(), List.of()).outcome())
                .isEqualTo(Outcome.BROKEN);
        assertThat(judge(PromiseKind.SHIP_BY, "明天", o, List.of(), List.of()).outcome()).isEqualTo(Outcome.NOT_JUDGED);
    }

    @Test
    void invoicePromiseFollowsTheInvoiceRules() {
        Order o = order("100.00", "0.00");
        Invoice good = new Invoice("o-1", PAID, PAID.plusSeconds(60), new BigDecimal("100.00"), BigDecimal.ZERO, false);
        Invoice refused = new Invoice("o-1", PAID, null, null, BigDecimal.ZERO, true);
        Invoice waiting = new Invoice("o-1", PAID, null, null, BigDecimal.ZERO, false);
        assertThat(judge(PromiseKind.INVOICE, null, o, List.of(), List.of(good)).outcome()).isEqualTo(Outcome.KEPT);
        assertThat(judge(PromiseKind.INVOICE, null, o, List.of(), List.of(refused)).outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(judge(PromiseKind.INVOICE, null, o, List.of(), List.of(waiting)).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(judge(PromiseKind.INVOICE, null, o, List.of(), List.of()).outcome()).isEqualTo(Outcome.PENDING);
    }

    @Test
    void noSurchargeAllowsOnlyTheBuyersOwnSupplement() {
        assertThat(judge(PromiseKind.NO_SURCHARGE, null, order("100.00", "0.00", charge(ChargeKind.SUPPLEMENT, "10.00")),
                List.of(), List.of()).outcome()).isEqualTo(Outcome.KEPT);
        PromiseCheck c = judge(PromiseKind.NO_SURCHARGE, null,
                order("100.00", "0.00", charge(ChargeKind.CREDIT_CARD_FEE, "1.00")), List.of(), List.of());
        assertThat(c.broken()).isTrue();
        assertThat(c.evidence()).containsEntry("charges", List.of("CREDIT_CARD_FEE 1.00"));
    }

    @Test
    void otherPromisesAreNotJudged() {
        assertThat(judge(PromiseKind.OTHER, "七天内退换", order("100.00", "0.00"), List.of(), List.of()).outcome())
                .isEqualTo(Outcome.NOT_JUDGED);
    }
}
