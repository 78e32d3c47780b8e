package dev.shoprules.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.Message;
import dev.shoprules.core.facts.Sender;
import dev.shoprules.core.pack.Figure;
import dev.shoprules.core.pack.FigureType;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Metric;
import dev.shoprules.core.verdict.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reply metrics computed exactly: which buyer messages count, who answered them, when a rate is met. */
class ReplyKpiTest {
    private static final Instant AS_OF = CaseBuilder.at("2026-11-05T12:00+08:00");

    private static RuleVersion pdd(Object... extra) {
        Map<String, Figure> f = new LinkedHashMap<>();
        put(f, "service-start", FigureType.HOURS, 8);
        put(f, "service-end", FigureType.HOURS, 23);
        put(f, "rate-30s-target", FigureType.RATE, new BigDecimal("0.80"));
        put(f, "avg-target", FigureType.SECONDS, 30);
        for (int i = 0; i < extra.length; i += 3) {
            put(f, (String) extra[i], (FigureType) extra[i + 1], extra[i + 2]);
        }
        return new RuleVersion("PDD-REPLY-KPI", "reply-kpi", "test", null, null, Severity.WARNING, "test", f);
    }

    private static void put(Map<String, Figure> f, String name, FigureType type, Object value) {
        f.put(name, new Figure("pdd.reply-kpi." + name, name, type, value, Confidence.ASSUMED, "test", null, null));
    }

    private static Message m(Sender from, String time, String agent) {
        return new Message(from, agent, CaseBuilder.at("2026-11-02T" + time + "+08:00"), "…");
    }

    private static Message buyer(String time) {
        return m(Sender.BUYER, time, null);
    }

    private static Message agent(String time) {
        return m(Sender.AGENT, time, "xiaomei");
    }

    private static Message auto(String time) {
        return m(Sender.AUTO_REPLY, time, null);
    }

    private static Metric shop(List<Metric> metrics, String name) {
        return metrics.stream().filter(x -> x.name().equals(name) && x.chatId() == null && x.agentId() == null)
                .findFirst().orElseThrow();
    }

    private static List<Metric> rate30(RuleVersion v, Instant asOf, Chat... chats) {
        return ReplyKpi.measure(List.of(chats), asOf, v, "pdd", ReplyKpi.Unit.MESSAGE)
                .replyRate("reply-rate-30s", Duration.ofSeconds(30), "rate-30s-target").metrics();
    }

    @Test
    void thirtySecondsExactlyIsInTimeAndOneMoreSecondIsNot() {
        Chat c = new Chat("c", "b", List.of(), List.of(
                buyer("10:00:00"), agent("10:00:30"),
                buyer("11:00:00"), agent("11:00:31")));
        Metric m = shop(rate30(pdd(), AS_OF, c), "pdd.reply-rate-30s");
        assertThat(m.value()).isEqualByComparingTo("0.50");
        assertThat(m.value().toPlainString()).isEqualTo("0.50");
        assertThat(m.met()).isFalse();
        assertThat(m.target()).isEqualByComparingTo("0.80");
    }

    @Test
    void serviceHoursAreHalfOpenInShanghaiTime() {
        Chat c = new Chat("c", "b", List.of(), List.of(
                buyer("07:59:59"), buyer("08:00:00"), agent("08:00:10"),
                buyer("22:59:59"), agent("23:00:05"),
                buyer("23:00:00"), agent("23:30:00")));
        List<ReplyKpi.Inquiry> counted = ReplyKpi.measure(List.of(c), AS_OF, pdd(), "pdd", ReplyKpi.Unit.MESSAGE)
                .inquiries();
        assertThat(counted).extracting(q -> q.askedAt().toString())
                .containsExactly("2026-11-02T00:00:00Z", "2026-11-02T14:59:59Z");
    }

    @Test
    void anAutoReplyAnswersNoOne() {
        Chat c = new Chat("c", "b", List.of(), List.of(buyer("10:00:00"), auto("10:00:01"), agent("10:03:00")));
        assertThat(ReplyKpi.inquiries(c, AS_OF, ReplyKpi.Unit.MESSAGE))
                .extracting(ReplyKpi.Inquiry::waited).containsExactly(Duration.ofMinutes(3));
    }

    @Test
    void anUnansweredMessageWhoseTimeIsNotUpIsNotDecidedYet() {
        Chat c = new Chat("c", "b", List.of(), List.of(
                buyer("10:00:00"), agent("10:00:05"), buyer("11:59:50")));
        Instant asOf = CaseBuilder.at("2026-11-02T12:00:00+08:00");
        assertThat(shop(rate30(pdd(), asOf, c), "pdd.reply-rate-30s").value()).isEqualByComparingTo("1");
        Instant later = CaseBuilder.at("2026-11-02T12:00:20+08:00");
        assertThat(shop(rate30(pdd(), later, c), "pdd.reply-rate-30s").value()).isEqualByComparingTo("0.5");
    }

    @Test
    void rateIsExactUntilFourDecimalsAndMetIsComparedAsAFraction() {
        List<Message> messages = new ArrayList<>();
        // 4 of 5 in time: exactly 0.80, which meets a 0.80 target (no rounding decides it).
        for (int i = 0; i < 5; i++) {
            messages.add(buyer(String.format("1%d:00:00", i)));
            messages.add(agent(String.format("1%d:00:%02d", i, i == 4 ? 45 : 20)));
        }
        Metric m = shop(rate30(pdd(), AS_OF, new Chat("c", "b", List.of(), messages)), "pdd.reply-rate-30s");
        assertThat(m.value().toPlainString()).isEqualTo("0.80");
        assertThat(m.met()).isTrue();
        assertThat(ReplyKpi.share(2, 3).toPlainString()).isEqualTo("0.6667");
        assertThat(ReplyKpi.share(1, 8).toPlainString()).isEqualTo("0.125");
        assertThat(ReplyKpi.share(3, 3).toPlainString()).isEqualTo("1.00");
    }

    @Test
    void roundsGroupABuyersMessagesBeforeAHumanReply() {
        Chat c = new Chat("c", "b", List.of(), List.of(
                buyer("10:00:00"), buyer("10:00:20"), auto("10:00:21"), agent("10:00:40"), buyer("10:05:00")));
        assertThat(ReplyKpi.inquiries(c, AS_OF, ReplyKpi.Unit.ROUND))
                .extracting(q -> q.askedAt().toString(), q -> q.answered())
                .containsExactly(tuple("2026-11-02T02:00:00Z", true), tuple("2026-11-02T02:05:00Z", false));
        assertThat(ReplyKpi.inquiries(c, AS_OF, ReplyKpi.Unit.MESSAGE)).hasSize(3);
    }

    @Test
    void perAgentMetricsCoverTheMessagesThatAgentAnswered() {
        Chat c = new Chat("c", "b", List.of(), List.of(
                buyer("10:00:00"), agent("10:00:10"),
                buyer("11:00:00"), new Message(Sender.AGENT, "xiaoli", CaseBuilder.at("2026-11-02T11:01:00+08:00"), "…")));
        List<Metric> metrics = ReplyKpi.measure(List.of(c), AS_OF, pdd(), "pdd", ReplyKpi.Unit.MESSAGE)
                .averageResponse("avg-target").metrics();
        assertThat(metrics).extracting(Metric::chatId, Metric::agentId, x -> x.value().toPlainString(), Metric::met)
                .containsExactly(
                        tuple(null, null, "35.0", false),
                        tuple("c", null, "35.0", false),
                        tuple(null, "xiaomei", "10.0", true),
                        tuple(null, "xiaoli", "60.0", false));
    }

    @Test
    void underTheMinimumVolumeAMetricIsGivenButNotAssessed() {
        Chat c = new Chat("c", "b", List.of(), List.of(buyer("10:00:00"), agent("10:00:10")));
        RuleVersion v = pdd("min-rounds", FigureType.INTEGER, 2);
        Metric m = shop(ReplyKpi.measure(List.of(c), AS_OF, v, "pdd", ReplyKpi.Unit.ROUND).minimumVolume("min-rounds")
                .replyRate("reply-rate-30s", Duration.ofSeconds(30), "rate-30s-target").metrics(), "pdd.reply-rate-30s");
        assertThat(m.value()).isEqualByComparingTo("1");
        assertThat(m.met()).isNull();
    }

    @Test
    void nothingToMeasureGivesNoValue() {
        Chat c = new Chat("c", "b", List.of(), List.of(buyer("05:00:00"), agent("05:00:10")));
        Metric m = shop(rate30(pdd(), AS_OF, c), "pdd.reply-rate-30s");
        assertThat(m.value()).isNull();
        assertThat(m.met()).isNull();
    }
}
