package dev.shoprules.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
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

    @Test
    void matchPicksOneOfSeveralFindingsAndAClaimIsComparedWithTheEngineValue() throws Exception {
        JsonNode v = JSON.readTree("""
                {"violations": [{"ruleId": "X-CHAT", "reason": "站外"}, {"ruleId": "X-ABUSE", "reason": "辱骂"}],
                 "advisories": [{"ruleId": "X-TIMERS", "kind": "AUTO_CONFIRM", "due": "2026-11-12T10:00:00+08:00"},
                                {"ruleId": "X-TIMERS", "kind": "FREIGHT_INSURANCE", "due": "2027-01-31T10:00:00+08:00"}],
                 "metrics": [{"ruleId": "X-KPI", "name": "x.reply-rate-30s", "chatId": null, "value": "0.50"},
                             {"ruleId": "X-KPI", "name": "x.reply-rate-30s", "chatId": "chat-1", "value": "0.00"}]}""");
        Instant shipped = Instant.parse("2026-11-02T02:00:00Z");
        Read insurance = new Read("X-TIMERS", "advisory.due", null, ValueKind.DAYS, null, shipped,
                Map.of("kind", "FREIGHT_INSURANCE"), null, null);
        assertThat(insurance.value(v).map(insurance::display)).contains("90天");
        assertThatThrownBy(() -> new Read("X-TIMERS", "advisory.due", null, ValueKind.INSTANT, null, null).value(v))
                .hasMessageContaining("ambiguous");
        Map<String, String> shopLevel = new java.util.HashMap<>();
        shopLevel.put("chatId", null);
        Read rate = new Read("X-KPI", "metric.value", null, ValueKind.RATE, null, null, shopLevel, null, null);
        assertThat(rate.value(v).map(rate::display)).contains("50%");
        Read ninety = new Read("X-TIMERS", "advisory.due", null, ValueKind.DAYS, null, shipped,
                Map.of("kind", "FREIGHT_INSURANCE"), null, "90");
        Read thirty = new Read("X-TIMERS", "advisory.due", null, ValueKind.DAYS, null, shipped,
                Map.of("kind", "FREIGHT_INSURANCE"), null, "30");
        assertThat(ninety.value(v)).contains("true");
        assertThat(thirty.value(v)).contains("false");
    }

    @Test
    void violatedRulesNamesTheRulesTheVerdictViolatesInPackOrder() throws Exception {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("X-ABUSE", "辱骂买家");
        names.put("X-CHAT", "引导站外交易");
        Read which = new Read("X", "violatedRules", null, ValueKind.TEXT, null, null, null, names, null);
        assertThat(which.value(JSON.readTree("{\"violations\": [{\"ruleId\": \"X-CHAT\"}]}"))).contains("引导站外交易");
        assertThat(which.value(JSON.readTree("{\"violations\": [{\"ruleId\": \"X-CHAT\"}, {\"ruleId\": \"X-ABUSE\"}]}")))
                .contains("辱骂买家、引导站外交易");
        assertThat(which.value(JSON.readTree("{\"violations\": []}"))).contains(Read.NO_VIOLATION);
        Read any = new Read("X", "anyViolation", null, ValueKind.BOOLEAN, null, null);
        assertThat(any.value(JSON.readTree("{\"violations\": [{\"ruleId\": \"X-CHAT\"}]}"))).contains("true");
        assertThatThrownBy(() -> which.value(JSON.readTree("{\"violations\": [{\"ruleId\": \"Y\"}]}")))
                .hasMessageContaining("not among the rules");
    }
}
