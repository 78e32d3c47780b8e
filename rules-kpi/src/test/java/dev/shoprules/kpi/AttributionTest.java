package dev.shoprules.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.CaseFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "谁落实算谁的绩效": each sale counts for one agent, the others who served before payment get an assist. */
class AttributionTest {
    static final Scorecards BY_AGENT = Scorecards.builder().build();
    static final Scorecards BY_SHOP = Scorecards.builder().by(GroupBy.SHOP).build();

    static Scorecard agent(ScorecardReport r, String id) {
        return r.groups().stream().filter(g -> g.key().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no scorecard for " + id + " in " + r.groups()));
    }

    static ScorecardReport byAgent(TestCase... cases) {
        return BY_AGENT.run(List.of(cases).stream().map(TestCase::facts).toList());
    }

    @Test
    void theLastAgentBeforePaymentGetsTheSaleAndTheEarlierOnesAnAssist() {
        ScorecardReport r = byAgent(TestCase.of("tmall")
                .chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10", "B 10:01:00", "A:b 10:01:10", "B 10:02:00",
                        "A:c 10:02:10", "A:d 10:30:00")           // d writes only after payment
                .order("o-1", "b-1", "10:05:00", "120.00", 2));
        assertThat(agent(r, "c").metrics()).containsEntry("sales", new BigDecimal("120.00"))
                .containsEntry("conversion", new BigDecimal("1.00")).containsEntry("assists", 0L);
        for (String helper : List.of("a", "b")) {
            assertThat(agent(r, helper).metrics()).containsEntry("sales", new BigDecimal("0.00"))
                    .containsEntry("conversion", new BigDecimal("0.00")).containsEntry("assists", 1L)
                    .containsEntry("avg-order-value", null);                 // nobody paid for them: n/a, not 0
        }
        assertThat(agent(r, "d").metrics()).containsEntry("inquiries", 1L).containsEntry("assists", 0L)
                .containsEntry("sales", new BigDecimal("0.00"));
    }

    @Test
    void aMessageAtTheInstantOfPaymentCountsAsBeforeIt() {
        ScorecardReport r = byAgent(TestCase.of("tmall")
                .chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10", "A:b 10:05:00")
                .order("o-1", "b-1", "10:05:00", "80.00", 1));
        assertThat(agent(r, "b").metrics()).containsEntry("sales", new BigDecimal("80.00"));
        assertThat(agent(r, "a").metrics()).containsEntry("assists", 1L);
    }

    @Test
    void eachOrderHasItsOwnLastAgentAndAnAgentCreditedForTheBuyerIsNoAssistOfIt() {
        ScorecardReport r = byAgent(TestCase.of("tmall")
                .chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10")
                .order("o-1", "b-1", "10:05:00", "100.00", 1)
                .chat("c-2", "b-1", "B 14:00:00", "A:b 14:00:20")      // a second chat of the same account
                .order("o-2", "b-1", "14:10:00", "300.00", 3));
        assertThat(agent(r, "a").metrics()).containsEntry("sales", new BigDecimal("100.00")).containsEntry("assists", 0L);
        assertThat(agent(r, "b").metrics()).containsEntry("sales", new BigDecimal("300.00")).containsEntry("assists", 0L);
        Scorecard shop = BY_SHOP.run(List.of(TestCase.of("tmall")
                .chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10").order("o-1", "b-1", "10:05:00", "100.00", 1)
                .chat("c-2", "b-1", "B 14:00:00", "A:b 14:00:20").order("o-2", "b-1", "14:10:00", "300.00", 3)
                .facts())).groups().get(0);
        assertThat(shop.metrics()).containsEntry("inquiries", 1L)            // one buyer across two chats
                .containsEntry("sales", new BigDecimal("400.00"))
                .containsEntry("avg-order-value", new BigDecimal("400.00"))   // one paying buyer
                .containsEntry("items-per-buyer", new BigDecimal("4.00"));
    }

    @Test
    void aSaleWhoseLastMessageNamesNoAgentCountsForNobodyAndTheNamedOnesAssisted() {
        ScorecardReport r = byAgent(TestCase.of("tmall")
                .chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10", "A 10:01:00")
                .order("o-1", "b-1", "10:05:00", "100.00", 1));
        assertThat(agent(r, "a").metrics()).containsEntry("sales", new BigDecimal("0.00")).containsEntry("assists", 1L);
        Scorecard shop = BY_SHOP.run(List.of(TestCase.of("tmall")
                .chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10", "A 10:01:00")
                .order("o-1", "b-1", "10:05:00", "100.00", 1).facts())).groups().get(0);
        assertThat(shop.metrics()).containsEntry("conversion", new BigDecimal("1.00"))   // the buyer did pay
                .containsEntry("sales", new BigDecimal("0.00")).containsEntry("avg-order-value", null);
    }

    @Test
    void buyerIdentityIsTheChatAccountJoinedToTheOrdersBuyer() {
        // b-2 asks about b-1's order (a gift): the order is b-1's, who never asked, so it converts nobody.
        Scorecard shop = BY_SHOP.run(List.of(TestCase.of("tmall")
                .chat("c-1", "b-2", "B 10:00:00", "A:a 10:00:10").about("o-1")
                .order("o-1", "b-1", "10:05:00", "100.00", 1).facts())).groups().get(0);
        assertThat(shop.metrics()).containsEntry("inquiries", 1L).containsEntry("conversion", new BigDecimal("0.00"))
                .containsEntry("sales", new BigDecimal("0.00"));
    }

    @Test
    void anOrderPaidBeforeTheBuyerFirstAskedIsNoConversion() {
        Scorecard shop = BY_SHOP.run(List.of(TestCase.of("tmall")
                .order("o-1", "b-1", "09:30:00", "100.00", 1)
                .chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10").facts())).groups().get(0);
        assertThat(shop.metrics()).containsEntry("conversion", new BigDecimal("0.00"));
    }

    @Test
    void pddCountsAConversionOnlyOnceTheGroupIsComplete() {
        CaseFacts c = TestCase.of("pdd").asOf("12:00:00")
                .chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10").order("o-1", "b-1", "10:05:00", "19.90", 1)
                .grouped("10:30:00")
                .chat("c-2", "b-2", "B 10:00:00", "A:a 10:00:10").order("o-2", "b-2", "10:05:00", "29.90", 1)
                .grouped("13:00:00")                                   // after asOf: not yet
                .chat("c-3", "b-3", "B 10:00:00", "A:a 10:00:10").order("o-3", "b-3", "10:05:00", "39.90", 1)
                .facts();                                              // bought alone, never grouped
        Scorecard a = agent(BY_AGENT.run(List.of(c)), "a");
        assertThat(a.metrics()).containsEntry("inquiries", 3L).containsEntry("conversion", new BigDecimal("0.3333"))
                .containsEntry("sales", new BigDecimal("19.90"));
        // Taobao needs no group: the same facts convert all three.
        CaseFacts taobao = TestCase.of("taobao").asOf("12:00:00")
                .chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10").order("o-1", "b-1", "10:05:00", "19.90", 1)
                .chat("c-2", "b-2", "B 10:00:00", "A:a 10:00:10").order("o-2", "b-2", "10:05:00", "29.90", 1)
                .facts();
        assertThat(agent(BY_AGENT.run(List.of(taobao)), "a").metrics()).containsEntry("conversion", new BigDecimal("1.00"));
    }

    @Test
    void theSeedsAverageOrderValueThirtyThousandOverAHundredBuyersIsThreeHundred() {
        // Seed: 客单价 = 销售额 / 成交人数, 30000 / 100 = 300. Half the buyers pay 200.00, half 400.00.
        TestCase c = TestCase.of("tmall");
        for (int i = 0; i < 100; i++) {
            String buyer = "b-" + i;
            c.chat("c-" + i, buyer, "B 10:00:00", "A:xiaomei 10:00:20")
                    .order("o-" + i, buyer, "10:05:00", i % 2 == 0 ? "200.00" : "400.00", 1 + i % 3);
        }
        Scorecard x = agent(BY_AGENT.run(List.of(c.facts())), "xiaomei");
        assertThat(x.metrics()).containsEntry("sales", new BigDecimal("30000.00"))
                .containsEntry("avg-order-value", new BigDecimal("300.00"))
                .containsEntry("items-per-buyer", new BigDecimal("1.99"))     // (34·1 + 33·2 + 33·3) / 100
                .containsEntry("conversion", new BigDecimal("1.00"));
    }

    @Test
    void aBuyerNobodyWroteToIsTheShopsAndNoAgents() {
        List<CaseFacts> cases = new ArrayList<>();
        cases.add(TestCase.of("tmall").chat("c-1", "b-1", "B 10:00:00", "R 10:00:01")
                .chat("c-2", "b-2", "B 10:00:00", "A:a 10:00:20").facts());
        assertThat(BY_AGENT.run(cases).groups()).extracting(Scorecard::key).containsExactly("a");
        Scorecard shop = BY_SHOP.run(cases).groups().get(0);
        assertThat(shop.metrics()).containsEntry("inquiries", 2L).containsEntry("reply-rate", new BigDecimal("0.50"));
    }

    @Test
    void refundRateIsTheShareOfAttributedOrdersWithARefundRequestedByAsOf() {
        ScorecardReport r = byAgent(TestCase.of("tmall").asOf("2026-11-05T12:00:00+08:00")
                .chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10")
                .order("o-1", "b-1", "10:05:00", "100.00", 1)
                .order("o-2", "b-1", "10:06:00", "100.00", 1)
                .order("o-3", "b-1", "10:07:00", "100.00", 1)
                .order("o-4", "b-1", "10:08:00", "100.00", 1)
                .refund("r-1", "o-1", "REFUND_ONLY", "2026-11-03T09:00:00+08:00")
                .refund("r-2", "o-1", "RETURN_AND_REFUND", "2026-11-03T10:00:00+08:00")   // o-1 counts once
                .refund("r-3", "o-2", "EXCHANGE", "2026-11-03T10:00:00+08:00")            // no money back
                .refund("r-4", "o-3", "RETURN_AND_REFUND", "2026-11-06T10:00:00+08:00")   // after asOf
                .chat("c-2", "b-2", "B 10:00:00", "R 10:00:01")
                .order("o-5", "b-2", "10:05:00", "100.00", 1)                               // served by no agent
                .refund("r-5", "o-5", "REFUND_ONLY", "2026-11-03T10:00:00+08:00"));
        assertThat(agent(r, "a").metrics()).containsEntry("refund-rate", new BigDecimal("0.25"));
        assertThat(agent(r, "a").counts().refundedOrders()).isEqualTo(1);
        Scorecard none = agent(byAgent(TestCase.of("tmall").chat("c-1", "b-1", "B 10:00:00", "A:a 10:00:10")), "a");
        assertThat(none.metrics()).containsEntry("refund-rate", null);                      // nothing sold: n/a
        assertThat(none.met()).containsEntry("refund-rate", null);
    }
}
