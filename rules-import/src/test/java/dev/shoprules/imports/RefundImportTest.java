package dev.shoprules.imports;

import static dev.shoprules.imports.ImporterTest.p;
import static dev.shoprules.imports.ImporterTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.Times;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundChannel;
import dev.shoprules.core.facts.RefundDecision;
import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.facts.RefundReason;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.CompensationStatus;
import dev.shoprules.core.verdict.NotJudged;
import dev.shoprules.core.verdict.RefundAssessment;
import dev.shoprules.core.verdict.RefundStatus;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Refund payloads, TOP and PDD, from the published field definitions to verdicts (fixtures under payloads/). */
class RefundImportTest {

    static Map<String, Refund> refunds(ImportResult r) {
        return r.cases().stream().flatMap(c -> c.refunds().stream())
                .collect(Collectors.toMap(Refund::id, Function.identity()));
    }

    static CaseFacts caseOf(ImportResult r, String orderId) {
        return r.cases().stream().filter(c -> c.orders().stream().anyMatch(o -> o.id().equals(orderId)))
                .findFirst().orElseThrow();
    }

    static RefundAssessment assessment(Verdict v, String refundId) {
        return v.refunds().stream().filter(a -> a.refundId().equals(refundId)).findFirst().orElseThrow();
    }

    @Test
    void topRefundsOfEachKindMapFromTheirStatusAndJoinTheirTradesByTidAndOid() {
        ImportResult r = run(Platform.TAOBAO, p(ImportFormat.TAOBAO_REFUND, "taobao-refunds.json"),
                p(ImportFormat.TAOBAO_TRADE, "taobao-trades-sold.json"));
        Map<String, Refund> byId = refunds(r);
        assertThat(byId.keySet()).containsExactlyInAnyOrder("9001", "9002", "9003", "9004", "9005");

        Refund waiting = byId.get("9001"); // WAIT_SELLER_AGREE, one sub-order of two: that sub-order's goods
        assertThat(waiting.kind()).isEqualTo(RefundKind.RETURN_AND_REFUND);
        assertThat(waiting.reason()).isEqualTo(RefundReason.NO_REASON);
        assertThat(waiting.sellerResponse()).isNull();
        assertThat(waiting.items()).extracting(i -> i.sku() + "×" + i.quantity()).containsExactly("777×1");
        assertThat(waiting.channel()).isEqualTo(RefundChannel.IN_TRADE);
        assertThat(waiting.amount()).isEqualByComparingTo("90.00");
        assertThat(waiting.requestedAt()).isEqualTo(Times.parse("2026-11-04T10:00:00+08:00"));

        Refund returned = byId.get("9003"); // WAIT_SELLER_CONFIRM_GOODS: agreed (time unknown), the parcel sent
        assertThat(returned.sellerResponse().decision()).isEqualTo(RefundDecision.AGREED);
        assertThat(returned.sellerResponse().at()).as("the payload has no answer time; modified is not one").isNull();
        assertThat(returned.returnShipment().carrier()).isEqualTo(Carrier.YTO);
        assertThat(returned.returnShipment().trackingNo()).isEqualTo("YT555000111");
        assertThat(returned.returnShipment().shippedAt()).isEqualTo(Times.parse("2026-11-04T08:00:00+08:00"));

        assertThat(byId.get("9004").sellerResponse().decision()).isEqualTo(RefundDecision.REFUSED);
        assertThat(byId.get("9004").reason()).as("收到商品破损: in transit or sent broken?").isEqualTo(RefundReason.OTHER);

        Refund paid = byId.get("9005"); // SUCCESS: refund_fee went back, when is not said
        assertThat(paid.refunded()).isTrue();
        assertThat(paid.refundedAmount()).isEqualByComparingTo("60.00");
        assertThat(paid.refundedAt()).isNull();
        assertThat(paid.items()).as("a single-order trade: oid = tid, the whole order").isEmpty();

        // CLOSED is not converted (warning); an unknown status and an unknown trade are errors; the rest converts
        assertThat(r.problems()).filteredOn(x -> x.kind() == ImportProblem.Kind.WARNING)
                .anySatisfy(x -> assertThat(x.toString()).contains("CLOSED").contains("9006"))
                .anySatisfy(x -> assertThat(x.toString()).contains("refunds.refund[3].reason").contains("OTHER"));
        assertThat(r.problems()).filteredOn(x -> x.kind() == ImportProblem.Kind.ERROR)
                .anySatisfy(x -> assertThat(x.toString()).startsWith("error: taobao-refunds.json:")
                        .contains("refunds_receive_get_response.refunds.refund[6].status")
                        .contains("WAIT_SELLER_THINK"))
                .anySatisfy(x -> assertThat(x.toString()).contains("refund[7].tid").contains("9999"))
                .allSatisfy(x -> assertThat(x.toString()).doesNotContain("张三丰"));
    }

    @Test
    void topRefundsRoundTripIntoCheckWithTheirDeadlinesAndUnknownAnswerTimesNotJudged() {
        ImportResult r = run(Platform.TAOBAO, p(ImportFormat.TAOBAO_TRADE, "taobao-trades-sold.json"),
                p(ImportFormat.TAOBAO_REFUND, "taobao-refunds.json"));
        RuleBook book = RuleBook.load(Platform.TAOBAO);

        // 仅退款 on the unshipped presale, unanswered 48 h: overdue, the platform refunds 500.00
        Verdict presale = book.evaluate(caseOf(r, "2003"));
        assertThat(assessment(presale, "9002").status()).isEqualTo(RefundStatus.OVERDUE);
        assertThat(presale.violations()).extracting(Violation::ruleId).contains("TAOBAO-REFUND-OVERDUE");
        assertThat(presale.totals().refundOwed()).isEqualByComparingTo("500.00");

        // the return sent back, agreement at an unknown time: the seller's receipt deadline runs from the
        // parcel (the earliest it may fall), the answer deadline is not judged and nothing reads as late
        Verdict returned = book.evaluate(caseOf(r, "2002"));
        RefundAssessment a = assessment(returned, "9003");
        assertThat(a.status()).isEqualTo(RefundStatus.OPEN);
        assertThat(a.next().kind()).isEqualTo("SELLER_RECEIPT");
        assertThat(a.next().due()).isEqualTo(Times.parse("2026-11-14T08:00:00+08:00"));
        assertThat(returned.violations()).extracting(Violation::ruleId).doesNotContain("TAOBAO-REFUND-OVERDUE");
        assertThat(returned.notJudged()).filteredOn(n -> "9003".equals(n.refundId())).singleElement()
                .satisfies(n -> {
                    assertThat(n.ruleId()).isEqualTo("TAOBAO-REFUND-TIMERS");
                    assertThat(n.missing()).containsExactly(NotJudged.Missing.SELLER_RESPONSE_TIME);
                });

        // two requests on the two-item trade: one awaiting the answer, one refused at an unknown time
        Verdict multi = book.evaluate(caseOf(r, "2001"));
        assertThat(assessment(multi, "9001").next().kind()).isEqualTo("SELLER_RESPONSE");
        assertThat(assessment(multi, "9001").next().due()).isEqualTo(Times.parse("2026-11-09T10:00:00+08:00"));
        assertThat(multi.violations()).extracting(Violation::ruleId).doesNotContain("TAOBAO-NO-REASON-RETURN",
                "TAOBAO-REFUND-OVERDUE");
        assertThat(multi.notJudged()).extracting(NotJudged::refundId).contains("9004");

        // succeeded in full: settled, nothing owed, only the unknown time noted
        Verdict paid = book.evaluate(caseOf(r, "2004"));
        assertThat(assessment(paid, "9005").status()).isEqualTo(RefundStatus.SETTLED);
        assertThat(paid.totals().refundOwed()).isEqualByComparingTo("0.00");
        assertThat(paid.notJudged()).extracting(NotJudged::missing)
                .containsExactly(List.of(NotJudged.Missing.REFUND_TIME));
    }

    @Test
    void aRefundAskedForBecauseOfLateShipmentMakesTheLateTmallPayoutOwed() {
        ImportResult r = run(Platform.TMALL, p(ImportFormat.TAOBAO_TRADE, "tmall-trade.json"),
                new Importer.Payload(ImportFormat.TAOBAO_REFUND, "tmall-refund.json",
                        ImporterTest.payload("taobao-refund-get.json")));
        assertThat(r.problems()).isEmpty();
        Refund refund = r.cases().get(0).refunds().get(0);
        assertThat(refund.reason()).isEqualTo(RefundReason.LATE_SHIPMENT);
        Verdict v = RuleBook.load(Platform.TMALL).evaluate(r.cases().get(0));
        assertThat(v.compensations()).filteredOn(c -> c.ruleId().equals("TMALL-LATE-SHIPMENT")).singleElement()
                .satisfies(c -> {
                    assertThat(c.amount()).isEqualByComparingTo("240.00");
                    assertThat(c.status()).as("the refund reason is an upheld complaint").isEqualTo(CompensationStatus.OWED);
                });
        RefundAssessment a = assessment(v, "9101");
        assertThat(a.next().kind()).isEqualTo("BUYER_RETURN");
        assertThat(a.next().due()).isEqualTo(Times.parse("2026-11-12T10:00:00+08:00"));
        assertThat(v.notJudged()).extracting(NotJudged::ruleId)
                .containsExactly("TMALL-FALSE-SHIPMENT", "TMALL-REFUND-TIMERS");
    }

    @Test
    void pddRefundsReadTheirTypeStatusAndFenAndTheBadOneIsNamed() {
        ImportResult r = run(Platform.PDD, p(ImportFormat.PDD_REFUND, "pdd-refunds.json"),
                p(ImportFormat.PDD_ORDER, "pdd-orders.json"));
        Map<String, Refund> byId = refunds(r);
        assertThat(byId.keySet()).containsExactlyInAnyOrder("70001", "70002", "70003", "70004");

        Refund pending = byId.get("70001"); // 3 退货退款, status 3 待商家处理, 4750 fen, one mug of two
        assertThat(pending.kind()).isEqualTo(RefundKind.RETURN_AND_REFUND);
        assertThat(pending.amount()).isEqualByComparingTo("47.50");
        assertThat(pending.sellerResponse()).isNull();
        assertThat(pending.items()).extracting(i -> i.sku() + "×" + i.quantity()).containsExactly("P-MUG×1");
        assertThat(byId.get("70002").refundedAmount()).isEqualByComparingTo("20.00");
        assertThat(byId.get("70002").items()).as("the order's only item, all of it").isEmpty();
        assertThat(byId.get("70003").sellerResponse().decision()).isEqualTo(RefundDecision.AGREED);
        assertThat(byId.get("70004").sellerResponse().decision()).isEqualTo(RefundDecision.REFUSED);

        assertThat(r.problems()).filteredOn(x -> x.kind() == ImportProblem.Kind.ERROR)
                .anySatisfy(x -> assertThat(x.toString()).contains("refund_list[6].refund_amount").contains("fen"))
                .anySatisfy(x -> assertThat(x.toString()).contains("refund_list[4].order_sn"));
        assertThat(r.problems()).filteredOn(x -> x.kind() == ImportProblem.Kind.WARNING)
                .anySatisfy(x -> assertThat(x.toString()).contains("refund_list[5].after_sales_status").contains("70006"));

        // 仅退款 agreed on the unshipped presale: owed, and not read as late for want of the answer's time
        Verdict presale = RuleBook.load(Platform.PDD).evaluate(caseOf(r, "261101-100000004"));
        assertThat(presale.compensations()).filteredOn(c -> c.form().name().equals("REFUND"))
                .extracting(Compensation::amount).singleElement()
                .satisfies(x -> assertThat(x).isEqualByComparingTo("199.00"));
        assertThat(presale.violations()).extracting(Violation::ruleId).doesNotContain("PDD-REFUND-OVERDUE");
        Verdict mugs = RuleBook.load(Platform.PDD).evaluate(caseOf(r, "261101-100000001"));
        assertThat(assessment(mugs, "70001").next().kind()).isEqualTo("SELLER_RESPONSE");
    }
}
