package dev.shoprules.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scorecards of {@code examples/kpi-cases.jsonl} against figures worked out by hand (in the comments). Tmall
 * serves 09:00–23:00, PDD 08:00–23:00 (their reply-kpi figures).
 *
 * <pre>
 * tmall s-1   b-1  10:00:00 → xiaomei 20 s; 10:01:00 → xiaomei 40 s; pays o-1 300.00 (1 unit) at 10:05 → xiaomei
 *             b-2  11:00:00 → auto-reply, xiaomei after 120 s; 11:03:00 → dagang 25 s; pays o-2 500.00 (2 units)
 *                  at 11:10 → dagang (last before payment), xiaomei assists; o-2 has a return-and-refund request
 *                  (and an exchange, which is no refund) before asOf
 *             b-3  08:30:00 before service hours (dagang 09:00:10 not timed); 09:05:00 → dagang 50 s; no order
 *             b-4  22:59:59 and 23:00:00 (outside: 23:00 closes), never answered; pays o-4 100.00 at 23:30: a
 *                  conversion no agent served, so in the shop's conversion, not in any sales
 *             b-5  pays o-5 and never wrote: not an inquiry
 * pdd p-1     pb-1 08:00:00 → amei 30 s exactly (in time); pays 39.90 and groups → amei
 *             pb-2 07:59:59 (outside 08:00–23:00) → amei; pays 59.90 but never groups: no conversion
 * </pre>
 */
class ExampleScorecardTest {
    static final Path EXAMPLE = Path.of("../examples/kpi-cases.jsonl");

    static List<CaseFacts> cases() throws IOException {
        try (Stream<CaseInput> in = CaseReader.read(EXAMPLE)) {
            return in.map(i -> ((CaseInput.Valid) i).facts()).toList();
        }
    }

    static Scorecard group(ScorecardReport r, String key) {
        return r.groups().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    static ScorecardReport report(GroupBy by) throws IOException {
        return Scorecards.builder().by(by).build().run(cases());
    }

    @Test
    void shopScorecards() throws IOException {
        ScorecardReport r = report(GroupBy.SHOP);
        assertThat(r.cases()).isEqualTo(2);
        assertThat(r.groups()).extracting(Scorecard::key).containsExactly("s-1", "p-1");
        Scorecard s1 = group(r, "s-1");
        assertThat(s1.metrics()).containsEntry("inquiries", 4L)
                .containsEntry("reply-rate", new BigDecimal("0.75"))          // b-4 unanswered
                .containsEntry("first-response", new BigDecimal("63.3"))      // (20 + 120 + 50) / 3 chats
                .containsEntry("avg-response", new BigDecimal("51.0"))        // (20+40+120+25+50) / 5
                .containsEntry("rate-30s", new BigDecimal("0.3333"))          // 20, 25 of 6 (b-4's 22:59:59 is late)
                .containsEntry("rate-3min", new BigDecimal("0.8333"))         // 5 of 6
                .containsEntry("conversion", new BigDecimal("0.75"))          // b-1, b-2, b-4 of 4
                .containsEntry("sales", new BigDecimal("800.00"))             // o-1 + o-2; o-4 served by no one
                .containsEntry("avg-order-value", new BigDecimal("400.00"))   // 800 / 2 paying buyers
                .containsEntry("items-per-buyer", new BigDecimal("1.50"))     // 3 units / 2
                .containsEntry("assists", 1L)
                .containsEntry("refund-rate", new BigDecimal("0.50"));       // o-2 of o-1, o-2
        assertThat(s1.bands()).containsEntry("avg-response", Band.NORMAL).containsEntry("first-response", Band.SLOW);
        assertThat(s1.targets()).containsEntry("rate-3min", new BigDecimal("0.90"));
        assertThat(s1.met()).containsEntry("rate-3min", false).containsEntry("reply-rate", false)
                .containsEntry("conversion", true).containsEntry("avg-response", false);

        Scorecard p1 = group(r, "p-1");
        assertThat(p1.metrics()).containsEntry("inquiries", 2L)
                .containsEntry("reply-rate", new BigDecimal("1.00"))
                .containsEntry("rate-30s", new BigDecimal("1.00"))            // 30 s exactly is in time
                .containsEntry("avg-response", new BigDecimal("30.0"))
                .containsEntry("conversion", new BigDecimal("0.50"))          // pb-2 never grouped
                .containsEntry("sales", new BigDecimal("39.90"));
        assertThat(p1.bands()).containsEntry("avg-response", Band.GOOD);
        assertThat(p1.met()).containsEntry("rate-30s", true).containsEntry("avg-response", true);
    }

    @Test
    void agentScorecards() throws IOException {
        ScorecardReport r = report(GroupBy.AGENT);
        assertThat(r.groups()).extracting(Scorecard::key).containsExactly("dagang", "xiaomei", "amei");
        Scorecard xiaomei = group(r, "xiaomei");
        assertThat(xiaomei.metrics()).containsEntry("inquiries", 2L)
                .containsEntry("reply-rate", new BigDecimal("1.00"))
                .containsEntry("first-response", new BigDecimal("70.0"))      // c-1 20 s, c-2 120 s
                .containsEntry("avg-response", new BigDecimal("60.0"))        // (20 + 40 + 120) / 3
                .containsEntry("rate-30s", new BigDecimal("0.3333"))
                .containsEntry("rate-3min", new BigDecimal("1.00"))
                .containsEntry("conversion", new BigDecimal("0.50"))          // b-1 counts for her, b-2 for dagang
                .containsEntry("sales", new BigDecimal("300.00"))
                .containsEntry("avg-order-value", new BigDecimal("300.00"))
                .containsEntry("items-per-buyer", new BigDecimal("1.00"))
                .containsEntry("assists", 1L)                                 // b-2
                .containsEntry("refund-rate", new BigDecimal("0.00"));
        assertThat(xiaomei.bands()).containsEntry("avg-response", Band.NORMAL)   // 60 s exactly is normal
                .containsEntry("first-response", Band.SLOW);
        Scorecard dagang = group(r, "dagang");
        assertThat(dagang.metrics()).containsEntry("inquiries", 2L)
                .containsEntry("first-response", new BigDecimal("50.0"))      // c-3 from 09:05:00
                .containsEntry("avg-response", new BigDecimal("37.5"))        // (25 + 50) / 2; 08:30 not timed
                .containsEntry("rate-30s", new BigDecimal("0.50"))
                .containsEntry("conversion", new BigDecimal("0.50"))
                .containsEntry("sales", new BigDecimal("500.00"))
                .containsEntry("items-per-buyer", new BigDecimal("2.00"))
                .containsEntry("assists", 0L)
                .containsEntry("refund-rate", new BigDecimal("1.00"));       // o-2 counts once
        assertThat(dagang.met()).containsEntry("refund-rate", false);
    }

    @Test
    void dayScorecards() throws IOException {
        ScorecardReport r = report(GroupBy.DAY);
        assertThat(r.groups()).extracting(g -> g.shopId() + " " + g.key())
                .containsExactly("s-1 2026-11-02", "p-1 2026-11-02");
        assertThat(group(r, "2026-11-02").counts()).isEqualTo(report(GroupBy.SHOP).groups().get(0).counts());
    }
}
