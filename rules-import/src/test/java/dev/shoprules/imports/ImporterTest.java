package dev.shoprules.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoprules.core.Platform;
import dev.shoprules.core.Times;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.ClosedBy;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.verdict.NotJudged;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImporterTest {
    static final Instant AS_OF = Times.parse("2026-11-05T12:00:00+08:00");

    static String payload(String name) {
        try (InputStream in = ImporterTest.class.getResourceAsStream("/payloads/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Importer.Payload p(ImportFormat f, String name) {
        return new Importer.Payload(f, name, payload(name));
    }

    static ImportResult run(Platform platform, Importer.Payload... payloads) {
        return Importer.builder().asOf(AS_OF).platform(platform).shop("pdd-shop-1").build().run(List.of(payloads));
    }

    static Order order(ImportResult r, String id) {
        return r.cases().stream().flatMap(c -> c.orders().stream()).filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow();
    }

    static List<Shipment> shipments(ImportResult r, String id) {
        return r.cases().stream().flatMap(c -> c.shipments().stream()).filter(s -> s.orderId().equals(id)).toList();
    }

    static List<String> ruleIds(List<Violation> violations) {
        return violations.stream().map(Violation::ruleId).toList();
    }

    @Test
    void aLateTmallTradeWithoutItsTraceIsLateBy240WithShippingExcludedAndFalseShipmentIsNotJudged() {
        ImportResult r = run(Platform.TMALL, p(ImportFormat.TAOBAO_TRADE, "tmall-trade.json"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.cases()).hasSize(1);
        CaseFacts c = r.cases().get(0);
        assertThat(c.caseId()).isEqualTo("tmall-3147029749005308888");
        assertThat(c.asOf()).isEqualTo(AS_OF);
        Order o = c.orders().get(0);
        // payment 810.00 of a single-order trade includes post_fee 10.00: the goods are 800.00
        assertThat(o.paidAmount()).isEqualByComparingTo("800.00");
        assertThat(o.shippingFee()).isEqualByComparingTo("10.00");
        assertThat(o.paidAt()).isEqualTo(Times.parse("2026-11-01T10:00:00+08:00"));
        assertThat(o.items()).singleElement().satisfies(i -> {
            assertThat(i.sku()).isEqualTo("A1-RED-M");
            assertThat(i.unitPrice()).isEqualByComparingTo("800.00");
        });
        Shipment s = c.shipments().get(0);
        assertThat(s.carrier()).isEqualTo(Carrier.YTO);
        assertThat(s.trackingNo()).isEqualTo("YT2026110400001");
        assertThat(s.shippedAt()).isEqualTo(Times.parse("2026-11-04T10:00:00+08:00")); // consign_time: the upload
        assertThat(s.trackingKnown()).isFalse();
        assertThat(s.pickedUpAt()).isNull();

        Verdict v = RuleBook.load(Platform.TMALL).evaluate(c);
        assertThat(ruleIds(v.violations())).contains("TMALL-LATE-SHIPMENT").doesNotContain("TMALL-FALSE-SHIPMENT");
        assertThat(v.compensations()).filteredOn(x -> x.ruleId().equals("TMALL-LATE-SHIPMENT"))
                .singleElement().satisfies(x -> assertThat(x.amount()).isEqualByComparingTo("240.00"));
        assertThat(v.notJudged()).extracting(NotJudged::ruleId).containsExactly("TMALL-FALSE-SHIPMENT");
    }

    @Test
    void aTraceGivesThePickupSigningAndTrackAndEverythingIsJudged() {
        ImportResult r = run(Platform.TMALL, p(ImportFormat.TAOBAO_LOGISTICS, "tmall-trace.json"),
                p(ImportFormat.TAOBAO_TRADE, "tmall-trade.json"));
        assertThat(r.problems()).isEmpty();
        Shipment s = r.cases().get(0).shipments().get(0);
        assertThat(s.trackingKnown()).isTrue();
        assertThat(s.pickedUpAt()).isEqualTo(Times.parse("2026-11-04T12:00:00+08:00")); // the 揽收 step
        assertThat(s.signedAt()).isEqualTo(Times.parse("2026-11-05T11:20:00+08:00"));   // the 签收 step
        assertThat(s.trackingEvents()).hasSize(5);

        Verdict v = RuleBook.load(Platform.TMALL).evaluate(r.cases().get(0));
        assertThat(ruleIds(v.violations())).containsExactly("TMALL-LATE-SHIPMENT");
        assertThat(v.violations().get(0).evidence().toString()).contains("shippedAt=2026-11-04T04:00:00Z"); // the pickup scan
        assertThat(v.totals().compensationAtRisk()).isEqualByComparingTo("240.00");
        assertThat(v.notJudged()).isEmpty();
    }

    @Test
    void aTradePageMapsSubOrdersPartialShipmentPresaleAndClosedTradesAndNamesTheBadOne() {
        ImportResult r = run(Platform.TAOBAO, p(ImportFormat.TAOBAO_TRADE, "taobao-trades-sold.json"));
        assertThat(r.cases()).extracting(CaseFacts::caseId)
                .containsExactly("taobao-2001", "taobao-2002", "taobao-2003", "taobao-2004", "taobao-2005");

        // several sub-orders: each one's divide_order_fee is its share after the trade's discount, without postage
        Order multi = order(r, "2001");
        assertThat(multi.paidAmount()).isEqualByComparingTo("270.00");
        assertThat(multi.shippingFee()).isEqualByComparingTo("15.00");
        assertThat(multi.items()).extracting(i -> i.sku() + "×" + i.quantity()).containsExactly("T-SHIRT-L×2", "777×1");
        assertThat(shipments(r, "2001")).singleElement().satisfies(s -> {
            assertThat(s.carrier()).isEqualTo(Carrier.ZTO);
            assertThat(s.trackingNo()).isEqualTo("ZT100");
        });
        // partly shipped: one parcel for the shipped sub-order; its company is not in the table → OTHER + warning
        assertThat(shipments(r, "2002")).singleElement().satisfies(s -> {
            assertThat(s.carrier()).isEqualTo(Carrier.OTHER);
            assertThat(s.shippedAt()).isEqualTo(Times.parse("2026-11-02T08:00:00+08:00"));
        });
        // presale: the latest ship date allows the whole day
        Order presale = order(r, "2003");
        assertThat(presale.presale()).isTrue();
        assertThat(presale.agreedShipBy()).isEqualTo(Times.parse("2026-11-11T00:00:00+08:00"));
        // closed after the buyer's refund succeeded; closed before payment, by whom the trade does not say
        Order refunded = order(r, "2004");
        assertThat(refunded.closedBy()).isEqualTo(ClosedBy.SYSTEM);
        assertThat(refunded.closeReason()).isEqualTo(CloseReason.BUYER_REQUEST);
        assertThat(refunded.closedAt()).isEqualTo(Times.parse("2026-11-01T18:00:00+08:00"));
        Order unpaid = order(r, "2005");
        assertThat(unpaid.paidAt()).isNull();
        assertThat(unpaid.closedAt()).isNotNull();
        assertThat(unpaid.closedBy()).isNull();

        assertThat(r.problems()).extracting(ImportProblem::toString).containsExactly(
                "warning: taobao-trades-sold.json:27: trades_sold_get_response.trades.trade[1].orders.order[0]"
                        + ".logistics_company: company \"某某同城配送\" is not in the carrier table: carrier OTHER",
                "error: taobao-trades-sold.json:62: trades_sold_get_response.trades.trade[5].pay_time: not a time as"
                        + " yyyy-MM-dd HH:mm:ss (Asia/Shanghai): \"2026/11/01 10:00\"");
        assertThat(r.hasErrors()).isTrue();
        for (CaseFacts c : r.cases()) {
            assertThat(CaseJson.parse(ImportResult.jsonLine(c), "out", 1)).isInstanceOf(CaseInput.Valid.class);
        }
    }

    @Test
    void aTaobaoTradeWithoutATraceIsNoFalseShipmentAndTheVerdictSaysTrackingIsUnknown() {
        ImportResult r = run(Platform.TAOBAO, p(ImportFormat.TAOBAO_TRADE, "taobao-trades-sold.json"));
        CaseFacts c = r.cases().get(0);
        Verdict v = RuleBook.load(Platform.TAOBAO).evaluate(c);
        assertThat(ruleIds(v.violations())).doesNotContain("TAOBAO-FALSE-SHIPMENT", "TAOBAO-LATE-SHIPMENT",
                "TAOBAO-LOGISTICS-TIMEOUT");
        assertThat(v.notJudged()).extracting(NotJudged::ruleId)
                .containsExactly("TAOBAO-FALSE-SHIPMENT", "TAOBAO-LATE-SHIPMENT", "TAOBAO-LOGISTICS-TIMEOUT");
        assertThat(v.notJudged().get(0).reason()).contains("ZT100", "trackingKnown=false");
    }

    @Test
    void pddOrdersRunFromTheGroupTimeAndOrdersNotYetGroupedAreNamedNotConverted() {
        ImportResult r = run(null, p(ImportFormat.PDD_ORDER, "pdd-orders.json"));
        assertThat(r.cases()).extracting(CaseFacts::caseId)
                .containsExactly("pdd-261101-100000001", "pdd-261101-100000003", "pdd-261101-100000004");
        Order grouped = order(r, "261101-100000001");
        assertThat(grouped.groupedAt()).isEqualTo(Times.parse("2026-11-01T12:00:00+08:00")); // confirm_time
        assertThat(grouped.paidAmount()).isEqualByComparingTo("95.00"); // pay_amount 98.00 − postage 3.00
        assertThat(grouped.shippingFee()).isEqualByComparingTo("3.00");
        assertThat(shipments(r, "261101-100000001")).singleElement().satisfies(s -> {
            assertThat(s.carrier()).isEqualTo(Carrier.ZTO);  // logistics_id 115
            assertThat(s.trackingKnown()).isFalse();
        });
        assertThat(shipments(r, "261101-100000003").get(0).carrier()).isEqualTo(Carrier.OTHER);
        Order presale = order(r, "261101-100000004");
        assertThat(presale.presale()).isTrue();
        assertThat(presale.agreedShipBy()).isEqualTo(Times.parse("2026-11-20T23:59:59+08:00"));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.problems()).extracting(ImportProblem::toString).containsExactly(
                "warning: pdd-orders.json:16: order_list_get_response.order_list[1].group_status: not yet grouped"
                        + " (group_status 0, confirm_status 0): PDD deadlines run from grouping, which the case format"
                        + " cannot mark as pending; order 261101-100000002 not converted",
                "warning: pdd-orders.json:22: order_list_get_response.order_list[2].logistics_id: logistics id 999 is"
                        + " not in the carrier table: carrier OTHER");

        Verdict v = RuleBook.load(Platform.PDD).evaluate(r.cases().get(0));
        assertThat(ruleIds(v.violations())).contains("PDD-LATE-SHIPMENT").doesNotContain("PDD-FALSE-SHIPMENT");
        assertThat(v.violations()).filteredOn(x -> x.ruleId().equals("PDD-LATE-SHIPMENT")).singleElement()
                .satisfies(x -> assertThat(x.evidence().toString()).contains("GROUPING"));
        assertThat(v.notJudged()).extracting(NotJudged::ruleId).containsExactly("PDD-FALSE-SHIPMENT");
    }

    @Test
    void oneCasePerShopHoldsAllItsOrders() {
        ImportResult r = Importer.builder().asOf(AS_OF).platform(Platform.TAOBAO).casePer(Importer.CasePer.SHOP)
                .build().run(List.of(p(ImportFormat.TAOBAO_TRADE, "taobao-trades-sold.json")));
        assertThat(r.cases()).singleElement().satisfies(c -> {
            assertThat(c.caseId()).isEqualTo("taobao-某某小店");
            assertThat(c.shop().id()).isEqualTo("某某小店");
            assertThat(c.orders()).hasSize(5);
        });
    }

    @Test
    void malformedPayloadsAreNamedAndTheOtherRecordsStillConvert() {
        String lines = payload("tmall-trade.json").replace("\n", "") + "\n"
                + "{\"trade_fullinfo_get_response\":{\"trade\":{\"tid\":9,\"status\":\"WAIT_SELLER_SEND_GOODS\"}}}\n"
                + "{not json\n"
                + payload("tmall-trade.json").replace("\n", "").replace("3147029749005308888", "42") + "\n";
        String badTrace = "{\"logistics_trace_search_response\":{\"tid\":77,\"out_sid\":\"Z\",\"trace_list\":{"
                + "\"transit_step_info\":[{\"status_time\":\"2026-11-04 12:00:00\",\"action\":\"GOT\"}]}}}";
        String noPickup = "{\"logistics_trace_search_response\":{\"tid\":3147029749005308888,\"out_sid\":"
                + "\"YT2026110400001\",\"trace_list\":{\"transit_step_info\":[{\"status_time\":\"2026-11-04 12:00:00\","
                + "\"action\":\"ARRIVAL\"}]}}}";
        ImportResult r = run(Platform.TMALL, new Importer.Payload(ImportFormat.TAOBAO_TRADE, "t.jsonl", lines),
                new Importer.Payload(ImportFormat.TAOBAO_LOGISTICS, "bad-trace.json", badTrace),
                new Importer.Payload(ImportFormat.TAOBAO_LOGISTICS, "no-pickup.json", noPickup));
        assertThat(r.cases()).extracting(CaseFacts::caseId).containsExactly("tmall-3147029749005308888", "tmall-42");
        assertThat(r.cases().get(0).shipments().get(0).trackingKnown()).isFalse();
        assertThat(r.problems()).extracting(ImportProblem::toString).containsExactly(
                "error: t.jsonl:3: $: not valid JSON: Unexpected character ('n' (code 110)): was expecting double-quote"
                        + " to start field name",
                "error: t.jsonl:2: trade_fullinfo_get_response.trade.created: required",
                "error: bad-trace.json:1: logistics_trace_search_response.tid: trade 77 is not among the imported"
                        + " trades (give its --from taobao-trade payload too)",
                "error: no-pickup.json:1: logistics_trace_search_response.trace_list: no pickup (揽收) step among the 1"
                        + " steps (actions ARRIVAL): the pickup scan is unknown, so the trace is not applied");
    }

    @Test
    void personalDataNeverAppearsInAMessage() {
        String trade = payload("tmall-trade.json").replace("\"payment\": \"810.00\"",
                "\"payment\": \"13812345678.555\"");
        ImportResult r = run(Platform.TMALL, new Importer.Payload(ImportFormat.TAOBAO_TRADE, "x.json", trade));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).contains("trade.payment").doesNotContain("13812345678").contains("138****5678");
        });
        Field phone = new Field(new com.fasterxml.jackson.databind.node.TextNode("13812345678"), "trade.receiver_mobile");
        assertThat(phone.shown()).isEqualTo("138****5678");
        Field nick = new Field(new com.fasterxml.jackson.databind.node.TextNode("张三丰"), "trade.buyer_nick");
        assertThat(nick.shown()).doesNotContain("三丰");
    }

    @Test
    void theFormatsMustFitThePlatform() {
        assertThatThrownBy(() -> run(null, p(ImportFormat.TAOBAO_TRADE, "tmall-trade.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--platform taobao or tmall");
        assertThatThrownBy(() -> run(Platform.TMALL, p(ImportFormat.PDD_ORDER, "pdd-orders.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Pinduoduo");
        assertThatThrownBy(() -> Importer.builder().build()).hasMessageContaining("asOf");
        assertThatThrownBy(() -> run(null, p(ImportFormat.TAOBAO_REFUND, "taobao-refunds.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--platform taobao or tmall");
    }
}
