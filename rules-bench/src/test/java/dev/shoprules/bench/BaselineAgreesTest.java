package dev.shoprules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.verdict.CompensationStatus;
import dev.shoprules.core.verdict.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A baseline that decided differently would make the engine/baseline ratio meaningless. */
class BaselineAgreesTest {
    @Test
    void handWrittenLateShipmentDecidesAsTheEngine() {
        CaseFacts c = BenchCases.typicalTmall();
        Verdict v = RuleBook.load(Platform.TMALL).evaluate(c);
        List<HandWrittenTmall.Decision> engine = v.compensations().stream()
                .filter(p -> p.ruleId().equals("TMALL-LATE-SHIPMENT"))
                .map(p -> new HandWrittenTmall.Decision(p.ruleId(), p.orderId(), p.amount(),
                        p.status() == CompensationStatus.OWED))
                .toList();
        assertThat(engine).isNotEmpty();
        assertThat(HandWrittenTmall.decide(c)).isEqualTo(engine);
    }
}
