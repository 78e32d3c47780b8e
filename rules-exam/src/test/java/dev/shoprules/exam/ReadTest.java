package dev.shoprules.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode verdict() throws Exception {
        return JSON.readTree("""
                {"violations": [{"ruleId": "X-LATE", "orderId": "o-1", "reason": "迟了"}],
                 "compensations": [{"ruleId": "X-LATE", "orderId": "o-1", "amount": "240.00", "points": 24000,
                                    "formula": "800.00 × 30% = 240.00"},
                                   {"ruleId": "X-OTHER", "orderId": "o-1", "amount": "5.00"},
                                   {"ruleId": "X-OTHER", "orderId": "o-2", "amount": "6.00"}],
                 "advisories": [{"ruleId": "X-DEADLINE", "orderId": "o-1", "due": "2026-11-03T10:00:00+08:00",
                                 "evidence": {"overdue": false}}],
                 "sanctions": [], "metrics": [],
                 "totals": {"compensationOwed": "240.00"}}""");
    }

    @Test
    void readsTheOneFindingOfTheRuleInCanonicalFormAndShowsIt() throws Exception {
        JsonNode v = verdict();
        Read amount = new Read("X-LATE", "compensation.amount", null, ValueKind.MONEY, null, null);
        assertThat(amount.value(v)).contains("240.00");
        assertThat(amount.display("240.00")).isEqualTo("240元");
        assertThat(amount.display("240.50")).isEqualTo("240.5元");
        assertThat(Read.detail(amount.finding(v).orElseThrow())).contains("800.00 × 30% = 240.00");
        Read points = new Read("X-LATE", "compensation.points", null, ValueKind.INTEGER, "积分", null);
        assertThat(points.value(v).map(points::display)).contains("24000积分");
        Read due = new Read("X-DEADLINE", "advisory.due", null, ValueKind.INSTANT, null, null);
        assertThat(due.value(v).map(due::display)).contains("2026年11月3日10:00");
        Read hours = new Read("X-DEADLINE", "advisory.due", null, ValueKind.HOURS, null,
                Instant.parse("2026-11-01T02:00:00Z"));
        assertThat(hours.value(v).map(hours::display)).contains("48小时");
        Read overdue = new Read("X-DEADLINE", "advisory.evidence.overdue", null, ValueKind.BOOLEAN, null, null);
        assertThat(overdue.value(v)).contains("false");
        assertThat(new Read("X-LATE", "totals.compensationOwed", null, ValueKind.MONEY, null, null).value(v))
                .contains("240.00");
    }

    @Test
    void yesNoReadsAndMissingFindings() throws Exception {
        JsonNode v = verdict();
        assertThat(new Read("X-LATE", "violated", null, ValueKind.BOOLEAN, null, null).value(v)).contains("true");
        assertThat(new Read("X-DEADLINE", "violated", null, ValueKind.BOOLEAN, null, null).value(v)).contains("false");
        assertThat(new Read("X-DEADLINE", "fires", null, ValueKind.BOOLEAN, null, null).value(v)).contains("true");
        assertThat(new Read("X-NONE", "compensation.amount", null, ValueKind.MONEY, null, null).value(v)).isEmpty();
    }

    @Test
    void anAmbiguousReadFailsUnlessItNamesTheOrder() throws Exception {
        JsonNode v = verdict();
        assertThatThrownBy(() -> new Read("X-OTHER", "compensation.amount", null, ValueKind.MONEY, null, null).value(v))
                .isInstanceOf(ExamException.class).hasMessageContaining("ambiguous");
        assertThat(new Read("X-OTHER", "compensation.amount", "o-2", ValueKind.MONEY, null, null).value(v))
                .contains("6.00");
    }

    @Test
    void malformedReadsAreRejected() {
        assertThatThrownBy(() -> new Read("X", "penalty.amount", null, ValueKind.MONEY, null, null))
                .hasMessageContaining("expected violated, fires");
        assertThatThrownBy(() -> new Read("X", "violated", null, ValueKind.MONEY, null, null))
                .hasMessageContaining("BOOLEAN");
        assertThatThrownBy(() -> new Read("X", "advisory.due", null, ValueKind.HOURS, null, null))
                .hasMessageContaining("since");
    }
}
