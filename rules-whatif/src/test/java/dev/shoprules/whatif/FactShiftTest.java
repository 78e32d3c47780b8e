package dev.shoprules.whatif;

import static dev.shoprules.core.testing.CaseBuilder.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.ClosedBy;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.PaymentMethod;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.TrackingEvent;
import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.ChargeKind;
import dev.shoprules.core.facts.ExtraCharge;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Message;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.facts.RefundReason;
import dev.shoprules.core.facts.SellerResponse;
import dev.shoprules.core.facts.RefundDecision;
import dev.shoprules.core.facts.RefundChannel;
import dev.shoprules.core.facts.ReturnShipment;
import dev.shoprules.core.facts.PromiseKind;
import dev.shoprules.core.facts.PromiseSource;
import dev.shoprules.core.facts.Sender;
import dev.shoprules.core.testing.CaseBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactShiftTest {
    @Test
    void parsesSignedDurationsInDaysHoursMinutesSeconds() {
        assertThat(FactShift.parse("shipments.shippedAt=-12h"))
                .isEqualTo(new FactShift(ShiftableField.SHIPMENT_SHIPPED_AT, Duration.ofHours(-12)));
        assertThat(FactShift.parse("shipments.pickedUpAt=+1d").by()).isEqualTo(Duration.ofDays(1));
        assertThat(FactShift.parse("orders.paidAt=+30m").by()).isEqualTo(Duration.ofMinutes(30));
        assertThat(FactShift.parse(" asOf = 1d12h30m5s ").by()).isEqualTo(Duration.parse("PT36H30M5S"));
        assertThat(FactShift.parse("chats.messages.at=-90s").by()).isEqualTo(Duration.ofSeconds(-90));
    }

    @Test
    void printsTheNormalisedSpec() {
        assertThat(FactShift.parse("orders.paidAt=-36h")).hasToString("orders.paidAt=-1d12h");
        assertThat(FactShift.parse("orders.paidAt=90s")).hasToString("orders.paidAt=+1m30s");
        assertThat(FactShift.parse("orders.paidAt=+0h")).hasToString("orders.paidAt=+0s");
    }

    @Test
    void badSpecsSayWhatIsWrong() {
        assertThatThrownBy(() -> FactShift.parse("shipments.shippedAt")).hasMessageContaining("expected field=±duration");
        assertThatThrownBy(() -> FactShift.parse("shipments.shipped=-1h"))
                .hasMessageContaining("not a shiftable field").hasMessageContaining("shipments.shippedAt")
                .hasMessageContaining("complaints.filedAt");
        assertThatThrownBy(() -> FactShift.parse("orders.paidAt=-12")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> FactShift.parse("orders.paidAt=12x")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> FactShift.parse("orders.paidAt=")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> FactShift.parse("orders.paidAt=+-1h")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> FactShift.parse("orders.paidAt=+40000d")).hasMessageContaining("100 years");
        assertThatThrownBy(() -> FactShifts.of(List.of(FactShift.parse("orders.paidAt=+1h"),
                FactShift.parse("orders.paidAt=-1h")))).hasMessageContaining("orders.paidAt is shifted twice");
    }

    @Test
    void everyFieldHasAPathThatParsesBack() {
        for (ShiftableField f : ShiftableField.values()) {
            assertThat(ShiftableField.of(f.path())).isEqualTo(f);
        }
    }

    private static CaseFacts everything() {
        CaseFacts c = everythingButRefunds();
        // A request answered 4 h after it was made: refunds.answeredWithin=1h moves the answer too.
        Refund refund = new Refund("r-1", "o-1", RefundKind.RETURN_AND_REFUND, RefundReason.QUALITY,
                at("2026-11-03T10:00+08:00"), null, List.of(), true,
                new SellerResponse(RefundDecision.AGREED, at("2026-11-03T14:00+08:00"), null),
                new ReturnShipment(Carrier.YTO, "YT1", at("2026-11-03T16:00+08:00"),
                        at("2026-11-04T10:00+08:00"), new BigDecimal("10.00"), true),
                at("2026-11-04T11:00+08:00"), new BigDecimal("100.00"), RefundChannel.IN_TRADE, null);
        return new CaseFacts(c.caseId(), c.platform(), c.asOf(), c.shop(), c.ledger(), c.orders(), c.promises(),
                c.shipments(), c.invoices(), c.chats(), c.complaints(), List.of(refund));
    }

    private static CaseFacts everythingButRefunds() {
        // Every instant of the case file is set on o-1, so shifting any field changes the case.
        Order full = new Order("o-1", "b-o-1", at("2026-11-01T09:58+08:00"), at("2026-11-01T10:00+08:00"),
                at("2026-11-01T10:30+08:00"), List.of(new Item("A1", "连衣裙", 1, new BigDecimal("100.00"))),
                BigDecimal.ZERO, new BigDecimal("100.00"), PaymentMethod.ALIPAY, at("2026-11-06T10:00+08:00"), false,
                null, List.of(), ClosedBy.BUYER, at("2026-11-04T10:00+08:00"), CloseReason.BUYER_REQUEST);
        return CaseBuilder.of(Platform.TMALL)
                .order(full)
                .order("o-2", "50.00", null)
                .charge("o-1", new ExtraCharge(ChargeKind.SUPPLEMENT, new BigDecimal("10"), at("2026-11-01T11:00+08:00")))
                .shipment(new Shipment("o-1", Carrier.SF, "SF1", at("2026-11-02T10:00+08:00"),
                        at("2026-11-02T10:00+08:00"), at("2026-11-03T10:00+08:00"),
                        List.of(new TrackingEvent(at("2026-11-02T10:00+08:00"), "浙江")), List.of()))
                .promise(new Promise("o-1", PromiseKind.CARRIER, "SF", at("2026-11-01T09:00+08:00"),
                        PromiseSource.CHAT, null, null))
                .invoice(new Invoice("o-1", at("2026-11-03T10:00+08:00"), at("2026-11-03T12:00+08:00"),
                        new BigDecimal("110.00"), null, false))
                .chat(new Chat("chat-1", "b-o-1", List.of("o-1"),
                        List.of(new Message(Sender.BUYER, null, at("2026-11-01T09:00+08:00"), "在吗"))))
                .complaint("o-1", "LATE_SHIPMENT", true)
                .build();
    }

    @Test
    void movesOnlyTheShiftedFieldAndLeavesMissingInstantsMissing() {
        CaseFacts c = everything();
        CaseFacts s = FactShifts.of(List.of(FactShift.parse("orders.paidAt=-12h"),
                FactShift.parse("shipments.pickedUpAt=+1d"))).apply(c);
        assertThat(s.orders().get(0).paidAt()).isEqualTo(at("2026-10-31T22:00+08:00"));
        assertThat(s.orders().get(1).paidAt()).isNull();
        assertThat(s.orders().get(0).createdAt()).isEqualTo(c.orders().get(0).createdAt());
        assertThat(s.shipments().get(0).pickedUpAt()).isEqualTo(at("2026-11-03T10:00+08:00"));
        assertThat(s.shipments().get(0).shippedAt()).isEqualTo(c.shipments().get(0).shippedAt());
        assertThat(s.shipments().get(0).signedAt()).isEqualTo(c.shipments().get(0).signedAt());
        // Lists without a shifted field are the very same objects; the original case is unchanged.
        assertThat(s.promises()).isSameAs(c.promises());
        assertThat(s.chats()).isSameAs(c.chats());
        assertThat(c.orders().get(0).paidAt()).isEqualTo(at("2026-11-01T10:00+08:00"));
    }

    @Test
    void everyFieldMoves() {
        CaseFacts c = everything();
        Duration hour = Duration.ofHours(1);
        for (ShiftableField f : ShiftableField.values()) {
            CaseFacts s = FactShifts.of(List.of(new FactShift(f, hour))).apply(c);
            assertThat(s).as(f.path()).isNotEqualTo(c);
        }
        CaseFacts all = FactShifts.of(List.of(ShiftableField.values()).stream().map(f -> new FactShift(f, hour))
                .toList()).apply(c);
        assertThat(all.asOf()).isEqualTo(c.asOf().plus(hour));
        assertThat(all.orders().get(0).extraCharges().get(0).at()).isEqualTo(at("2026-11-01T12:00+08:00"));
        assertThat(all.shipments().get(0).trackingEvents().get(0).at()).isEqualTo(at("2026-11-02T11:00+08:00"));
        assertThat(all.chats().get(0).messages().get(0).at()).isEqualTo(at("2026-11-01T10:00+08:00"));
        assertThat(all.complaints().get(0).filedAt()).isEqualTo(c.complaints().get(0).filedAt().plus(hour));
        assertThat(all.invoices().get(0).requestedAt()).isEqualTo(at("2026-11-03T11:00+08:00"));
        assertThat(all.promises().get(0).madeAt()).isEqualTo(at("2026-11-01T10:00+08:00"));
    }

    @Test
    void noShiftsIsTheSameCase() {
        CaseFacts c = everything();
        assertThat(FactShifts.none().apply(c)).isSameAs(c);
        assertThat(FactShifts.of(List.of())).isSameAs(FactShifts.none());
    }

    @Test
    void refundInstantsMoveButNeverBeforeTheRequestAndAnswersCanBeCapped() {
        Refund asked = new Refund("r-1", "o-1",
                RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON,
                at("2026-11-08T10:00+08:00"), null, List.of(), true,
                new SellerResponse(RefundDecision.REFUSED,
                        at("2026-11-12T10:00+08:00"), null),
                null, null, null, RefundChannel.IN_TRADE, null);
        Refund unanswered = new Refund("r-2", "o-1",
                RefundKind.REFUND_ONLY, RefundReason.NO_REASON,
                at("2026-11-09T10:00+08:00"), null, List.of(), null, null, null, null, null, null, null);
        Refund recent = new Refund("r-3", "o-1",
                RefundKind.REFUND_ONLY, RefundReason.NO_REASON,
                at("2026-11-10T00:00+08:00"), null, List.of(), null, null, null, null, null, null, null);
        CaseFacts base = CaseBuilder.of(Platform.TMALL).asOf("2026-11-10T12:00+08:00")
                .order("o-1", "168.00", "2026-11-01T10:00+08:00").build();
        CaseFacts c = new CaseFacts(base.caseId(), base.platform(), base.asOf(), base.shop(), base.ledger(),
                base.orders(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(asked, unanswered, recent));

        var early = FactShifts.of(List.of(FactShift.parse("refunds.sellerResponse.at=-10d"))).apply(c).refunds();
        assertThat(early.get(0).sellerResponse().at()).as("never before the request").isEqualTo(asked.requestedAt());

        var capped = FactShifts.of(List.of(FactShift.parse("refunds.answeredWithin=24h"))).apply(c).refunds();
        assertThat(capped.get(0).sellerResponse().at()).isEqualTo(at("2026-11-09T10:00+08:00"));
        assertThat(capped.get(0).sellerResponse().decision()).isEqualTo(RefundDecision.REFUSED);
        assertThat(capped.get(1).sellerResponse().at()).isEqualTo(at("2026-11-10T10:00+08:00"));
        assertThat(capped.get(1).sellerResponse().decision()).isEqualTo(RefundDecision.AGREED);
        assertThat(capped.get(2).sellerResponse()).as("its 24 h are not over at asOf").isNull();
        assertThatThrownBy(() -> FactShifts.of(List.of(FactShift.parse("refunds.answeredWithin=-1h"))))
                .hasMessageContaining("refunds.answeredWithin");
    }
}
