package dev.shoprules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.verdict.CompensationStatus;
import dev.shoprules.core.verdict.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A baseline that decided differently would make the engine/baseline ratio meaningless. */
class BaselineAgreesTest {
    private static final Set<String> COMPARED = Set.of("TMALL-LATE-SHIPMENT", "TMALL-BREACH-OF-PROMISE", "TMALL-INVOICE");
    private static final Comparator<HandWrittenTmall.Decision> ORDER = Comparator
            .comparing(HandWrittenTmall.Decision::orderId).thenComparing(HandWrittenTmall.Decision::ruleId);

    /**
     * The engine's decisions in the baseline's terms: violations of the compared rules, with the late-shipment
     * payout where the pack pays it. The pack pays one payout per failure to ship, so where out-of-stock or false
     * shipment pays instead, only the rule and order are compared (see {@link #withoutPayout}).
     */
    static List<HandWrittenTmall.Decision> engine(Verdict v) {
        List<HandWrittenTmall.Decision> d = new ArrayList<>();
        v.violations().stream().filter(x -> COMPARED.contains(x.ruleId())).forEach(x -> d.add(
                v.compensations().stream()
                        .filter(p -> x.ruleId().equals("TMALL-LATE-SHIPMENT") && p.ruleId().equals(x.ruleId())
                                && p.orderId().equals(x.orderId()))
                        .findFirst()
                        .map(p -> new HandWrittenTmall.Decision(x.ruleId(), x.orderId(), p.amount(),
                                p.status() == CompensationStatus.OWED))
                        .orElse(withoutPayout(new HandWrittenTmall.Decision(x.ruleId(), x.orderId(), null, false)))));
        return d;
    }

    static HandWrittenTmall.Decision withoutPayout(HandWrittenTmall.Decision d) {
        return new HandWrittenTmall.Decision(d.ruleId(), d.orderId(), null, false);
    }

    @Test
    void handWrittenDecisionsEqualTheEnginesOnTheTypicalCaseAndOnGeneratedCases() {
        RuleBook tmall = RuleBook.load(Platform.TMALL);
        List<CaseFacts> cases = new ArrayList<>(BenchCases.generated(Platform.TMALL, 2000, 11));
        cases.add(0, BenchCases.typicalTmall());
        int compared = 0;
        for (CaseFacts c : cases) {
            List<HandWrittenTmall.Decision> engine = engine(tmall.evaluate(c));
            Set<String> paidElsewhere = new java.util.HashSet<>();
            engine.stream().filter(e -> e.ruleId().equals("TMALL-LATE-SHIPMENT") && e.amount() == null)
                    .forEach(e -> paidElsewhere.add(e.orderId()));
            List<HandWrittenTmall.Decision> baseline = new ArrayList<>(HandWrittenTmall.decide(c).stream()
                    .map(b -> paidElsewhere.contains(b.orderId()) && b.ruleId().equals("TMALL-LATE-SHIPMENT")
                            ? withoutPayout(b) : b)
                    .toList());
            engine.sort(ORDER);
            baseline.sort(ORDER);
            assertThat(baseline).as("case %s", c.caseId()).isEqualTo(engine);
            compared += engine.size();
        }
        assertThat(compared).as("decisions compared").isGreaterThan(500);
    }
}
