package dev.shoprules.core.aftersales;

import static dev.shoprules.core.aftersales.AfterSalesFixture.at;
import static dev.shoprules.core.aftersales.AfterSalesFixture.order;
import static dev.shoprules.core.aftersales.AfterSalesFixture.parcel;
import static dev.shoprules.core.aftersales.AfterSalesFixture.progress;
import static dev.shoprules.core.aftersales.AfterSalesFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Intervention;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundChannel;
import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.facts.RefundReason;
import dev.shoprules.core.facts.ReturnShipment;
import dev.shoprules.core.verdict.RefundStatus;
import dev.shoprules.core.verdict.ShippingPayer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefundProgressTest {

    @Test
    void seedReturnOf168GoodsAnd15ShippingIsEntitledTo168AndTheBuyerPaysTheReturn() {
        Refund r = request(RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON, "2026-11-08T10:00:00+08:00")
                .agreed("2026-11-08T15:00:00+08:00").returned(Carrier.YTO, "2026-11-09T10:00:00+08:00", null, "12.00")
                .build();
        RefundProgress p = progress(r, order(false), List.of(parcel()), "2026-11-10T12:00:00+08:00");
        assertThat(p.entitlement().amount()).isEqualByComparingTo("168.00");
        assertThat(p.entitlement().formula()).contains("原运费 15.00 不退").endsWith("= 168.00");
        assertThat(p.payer().party()).isEqualTo(ShippingPayer.BUYER);
        assertThat(p.window().eligible()).isTrue();
        assertThat(p.status()).isEqualTo(RefundStatus.OPEN);
        assertThat(p.next().kind()).isEqualTo(RefundDeadline.Kind.SELLER_RECEIPT);
        assertThat(p.next().due()).isEqualTo(at("2026-11-19T10:00:00+08:00"));
        assertThat(p.owed()).isEqualByComparingTo("0");
    }

    @Test
    void partOfTheGoodsGetsItsShareOfThePaidAmountAndTheCardFeeIsNeverDeducted() {
        Refund r = request(RefundKind.RETURN_AND_REFUND, RefundReason.QUALITY, "2026-11-08T10:00:00+08:00")
                .items(1).agreed("2026-11-08T11:00:00+08:00")
                .returned(Carrier.SF, "2026-11-09T10:00:00+08:00", "2026-11-10T10:00:00+08:00", "18.00")
                .refunded("2026-11-10T11:00:00+08:00", "84.00").build();
        RefundProgress p = progress(r, order(false), List.of(parcel()), "2026-11-12T12:00:00+08:00");
        assertThat(p.entitlement().goods()).isEqualByComparingTo("84.00");
        assertThat(p.payer().party()).isEqualTo(ShippingPayer.SELLER);
        assertThat(p.entitlement().amount()).as("goods + the return postage the seller bears").isEqualByComparingTo("102.00");
        assertThat(p.status()).isEqualTo(RefundStatus.SETTLED);
        assertThat(p.shortRefund()).isTrue();
        assertThat(p.owing()).isEqualTo(RefundProgress.Owing.SHORT_REFUND);
        assertThat(p.owed()).isEqualByComparingTo("18.00");
    }

    @Test
    void refundOnlyOnAnUnshippedOrderReturnsGoodsAndShippingAndIsRefundedAutomaticallyAfter48Hours() {
        Refund r = request(RefundKind.REFUND_ONLY, RefundReason.OUT_OF_STOCK, "2026-11-01T12:00:00+08:00").build();
        RefundProgress open = progress(r, order(false), List.of(), "2026-11-03T12:00:00+08:00");
        assertThat(open.entitlement().amount()).isEqualByComparingTo("183.00");
        assertThat(open.payer().party()).isNull();
        assertThat(open.status()).isEqualTo(RefundStatus.OPEN);
        assertThat(open.next().due()).as("exactly at the deadline it is still open").isEqualTo(at("2026-11-03T12:00:00+08:00"));
        assertThat(open.next().consequence()).isEqualTo(RefundDeadline.Consequence.AUTO_REFUND);
        RefundProgress late = progress(r, order(false), List.of(), "2026-11-03T12:00:01+08:00");
        assertThat(late.status()).isEqualTo(RefundStatus.OVERDUE);
        assertThat(late.next()).isNull();
        assertThat(late.missedShopDeadlines()).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(RefundDeadline.Kind.SELLER_RESPONSE));
        assertThat(late.owing()).isEqualTo(RefundProgress.Owing.OVERDUE);
        assertThat(late.owed()).isEqualByComparingTo("183.00");
    }

    @Test
    void otherRequestsGetFiveDaysAndALateAnswerDoesNotUndoTheAutomaticAgreement() {
        Refund r = request(RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON, "2026-11-05T10:00:00+08:00")
                .refused("2026-11-10T10:00:01+08:00").build();
        RefundProgress p = progress(r, order(false), List.of(parcel()), "2026-11-11T10:00:00+08:00");
        assertThat(p.deadlines().get(0).due()).isEqualTo(at("2026-11-10T10:00:00+08:00"));
        assertThat(p.refused()).as("a refusal after the deadline comes too late").isFalse();
        assertThat(p.status()).isEqualTo(RefundStatus.OVERDUE);
        assertThat(p.next().kind()).isEqualTo(RefundDeadline.Kind.BUYER_RETURN);
        assertThat(p.next().start()).isEqualTo(at("2026-11-10T10:00:00+08:00"));
        assertThat(p.owed()).as("a return is agreed, not yet refunded").isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "{0} by {1}: received {2} → {3}")
    @CsvSource({
        "YTO,    2026-11-09T10:00:00+08:00, 2026-11-19T10:00:00+08:00, OPEN",
        "YTO,    2026-11-09T10:00:00+08:00, 2026-11-19T10:00:01+08:00, OVERDUE",
        "POSTAL, 2026-11-09T10:00:00+08:00, 2026-12-09T10:00:00+08:00, OPEN",
        "POSTAL, 2026-11-09T10:00:00+08:00, 2026-12-09T10:00:01+08:00, OVERDUE",
    })
    void theSellerConfirmsReceiptWithin10DaysOr30ByOrdinaryPost(Carrier carrier, String shippedAt, String asOf,
                                                                 RefundStatus status) {
        Refund r = request(RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON, "2026-11-08T10:00:00+08:00")
                .agreed("2026-11-08T11:00:00+08:00").returned(carrier, shippedAt, null, "10.00").build();
        RefundProgress p = progress(r, order(false), List.of(parcel()), asOf);
        assertThat(p.status()).isEqualTo(status);
        if (status == RefundStatus.OVERDUE) {
            assertThat(p.owed()).isEqualByComparingTo("168.00");
            assertThat(p.owing()).isEqualTo(RefundProgress.Owing.OVERDUE);
        } else {
            assertThat(p.next().due()).isEqualTo(at(asOf));
        }
    }

    @Test
    void theBuyerWhoDoesNotSendTheReturnIn7DaysClosesTheRequest() {
        Refund r = request(RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON, "2026-11-08T10:00:00+08:00")
                .agreed("2026-11-08T11:00:00+08:00").build();
        assertThat(progress(r, order(false), List.of(parcel()), "2026-11-15T11:00:00+08:00").next().kind())
                .isEqualTo(RefundDeadline.Kind.BUYER_RETURN);
        RefundProgress closed = progress(r, order(false), List.of(parcel()), "2026-11-15T11:00:01+08:00");
        assertThat(closed.status()).isEqualTo(RefundStatus.SETTLED);
        assertThat(closed.missedShopDeadlines()).isEmpty();
        assertThat(closed.owed()).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "requested {0}: eligible {1}")
    @CsvSource({
        "2026-11-04T16:00:00+08:00, true",   // the day of signing, before the count starts
        "2026-11-11T23:59:59+08:00, true",
        "2026-11-12T00:00:00+08:00, true",   // 00:00 of 11-05 + 7 × 24 h: the last instant
        "2026-11-12T00:00:01+08:00, false",
    })
    void theNoReasonWindowRuns7Times24HoursFromMidnightAfterSigning(String requestedAt, boolean eligible) {
        Refund r = request(RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON, requestedAt).build();
        NoReasonReturnWindow w = progress(r, order(false), List.of(parcel()), "2026-11-12T12:00:00+08:00").window();
        assertThat(w.opens()).isEqualTo(at("2026-11-05T00:00:00+08:00"));
        assertThat(w.closes()).isEqualTo(at("2026-11-12T00:00:00+08:00"));
        assertThat(w.eligible()).isEqualTo(eligible);
    }

    @Test
    void excludedGoodsAndSpoiledGoodsAreOutsideTheWindowButUnknownResaleabilityIsNot() {
        Refund spoiled = request(RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON, "2026-11-06T10:00:00+08:00")
                .resaleable(false).refused("2026-11-06T11:00:00+08:00").build();
        RefundProgress p = progress(spoiled, order(false), List.of(parcel()), "2026-11-07T10:00:00+08:00");
        assertThat(p.window().eligible()).isFalse();
        assertThat(p.window().why()).contains("影响二次销售");
        assertThat(p.refusedNoReasonReturn()).isFalse();

        Refund unknown = request(RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON, "2026-11-06T10:00:00+08:00")
                .resaleable(null).refused("2026-11-06T11:00:00+08:00").build();
        RefundProgress u = progress(unknown, order(false), List.of(parcel()), "2026-11-07T10:00:00+08:00");
        assertThat(u.window().eligible()).as("unknown is not \"not resaleable\"").isTrue();
        assertThat(u.window().why()).contains("unknown");
        assertThat(u.refusedNoReasonReturn()).as("an unknown fact never triggers the breach").isFalse();

        Refund known = request(RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON, "2026-11-06T10:00:00+08:00")
                .refused("2026-11-06T11:00:00+08:00").build();
        RefundProgress k = progress(known, order(false), List.of(parcel()), "2026-11-07T10:00:00+08:00");
        assertThat(k.refusedNoReasonReturn()).isTrue();
        assertThat(k.owing()).isEqualTo(RefundProgress.Owing.REFUSED_NO_REASON);
        assertThat(k.owed()).isEqualByComparingTo("168.00");
    }

    @ParameterizedTest(name = "{0}, insured {1}, {2}, return sent {3} → {4}")
    @CsvSource({
        "NO_REASON,          false, IN_TRADE,    2026-11-09T10:00:00+08:00, BUYER",
        "WRONG_ITEM,         false, IN_TRADE,    2026-11-09T10:00:00+08:00, SELLER",
        "QUALITY,            false, IN_TRADE,    2026-11-09T10:00:00+08:00, SELLER",
        "DAMAGED_IN_TRANSIT, false, IN_TRADE,    2026-11-09T10:00:00+08:00, CARRIER",
        "NO_REASON,          true,  IN_TRADE,    2026-11-09T10:00:00+08:00, INSURER",
        "NO_REASON,          true,  AFTER_SALES, 2026-11-09T10:00:00+08:00, BUYER",
        "NO_REASON,          true,  IN_TRADE,    2027-01-31T10:00:00+08:00, INSURER",  // day 90 after pickup, exactly
        "NO_REASON,          true,  IN_TRADE,    2027-01-31T10:00:01+08:00, BUYER",
    })
    void whoPaysTheReturnPostage(RefundReason reason, boolean insured, RefundChannel channel, String sentAt,
                                 ShippingPayer payer) {
        Refund r = request(RefundKind.RETURN_AND_REFUND, reason, "2026-11-08T10:00:00+08:00").channel(channel)
                .agreed("2026-11-08T11:00:00+08:00").returned(Carrier.YTO, sentAt, null, "12.00").build();
        RefundProgress p = progress(r, order(insured), List.of(parcel()), sentAt);
        assertThat(p.payer().party()).isEqualTo(payer);
        assertThat(p.payer().certain()).isTrue();
    }

    @Test
    void insuranceNeedsAValidTrackingNumberAndTheFirstReturnAndAKnownChannel() {
        Refund wrongNo = request(RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON, "2026-11-08T10:00:00+08:00")
                .parcel(new ReturnShipment(Carrier.YTO, "YT?", at("2026-11-09T10:00:00+08:00"), null, null, false))
                .build();
        assertThat(progress(wrongNo, order(true), List.of(parcel()), "2026-11-10T10:00:00+08:00").payer().why())
                .contains("运单号填写错误");
        Refund first = request(RefundKind.RETURN_AND_REFUND, RefundReason.NO_REASON, "2026-11-06T10:00:00+08:00")
                .id("r-0").build();
        Refund second = request(RefundKind.EXCHANGE, RefundReason.NO_REASON, "2026-11-08T10:00:00+08:00").build();
        RefundProgress again = RefundProgress.of(second, order(true), List.of(parcel()), List.of(second, first),
                AfterSalesFixture.SEED, at("2026-11-10T10:00:00+08:00"));
        assertThat(again.payer().party()).isEqualTo(ShippingPayer.BUYER);
        assertThat(again.payer().why()).contains("再次退货");
        Refund unknownChannel = request(RefundKind.RETURN_AND_REFUND, RefundReason.WRONG_ITEM,
                "2026-11-08T10:00:00+08:00").channel(null).returned(Carrier.YTO, "2026-11-09T10:00:00+08:00", null, "12.00")
                .build();
        RefundProgress u = progress(unknownChannel, order(true), List.of(parcel()), "2026-11-10T10:00:00+08:00");
        assertThat(u.payer().certain()).isFalse();
        assertThat(u.entitlement().returnPostage()).as("not owed by the seller while insurance may pay")
                .isEqualByComparingTo("0");
    }

    @Test
    void thePlatformsDecisionSettlesOrMakesTheRefundDue() {
        Refund forBuyer = request(RefundKind.REFUND_ONLY, RefundReason.NOT_RECEIVED, "2026-11-03T10:00:00+08:00")
                .refused("2026-11-03T11:00:00+08:00").intervention(Intervention.PLATFORM_FOR_BUYER).build();
        RefundProgress b = progress(forBuyer, order(false), List.of(parcel()), "2026-11-06T10:00:00+08:00");
        assertThat(b.owing()).isEqualTo(RefundProgress.Owing.PLATFORM_DECIDED);
        assertThat(b.owed()).as("shipped: goods only").isEqualByComparingTo("168.00");
        Refund forSeller = request(RefundKind.REFUND_ONLY, RefundReason.NOT_RECEIVED, "2026-11-03T10:00:00+08:00")
                .refused("2026-11-03T11:00:00+08:00").intervention(Intervention.PLATFORM_FOR_SELLER).build();
        assertThat(progress(forSeller, order(false), List.of(parcel()), "2026-11-06T10:00:00+08:00").status())
                .isEqualTo(RefundStatus.SETTLED);
    }

    @Test
    void anAgreedRefundOnlyIsOwedUntilPaid() {
        Refund r = request(RefundKind.REFUND_ONLY, RefundReason.AGREED, "2026-11-03T10:00:00+08:00")
                .agreed("2026-11-03T11:00:00+08:00").build();
        RefundProgress p = progress(r, order(false), List.of(parcel()), "2026-11-04T10:00:00+08:00");
        assertThat(p.owing()).isEqualTo(RefundProgress.Owing.AGREED);
        assertThat(p.owed()).isEqualByComparingTo(new BigDecimal("168.00"));
        assertThat(p.next()).isNull();
    }
}
