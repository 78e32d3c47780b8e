package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.Message;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Sender;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.Metric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Customer-service reply metrics of a case's chats (RULES.md, chat reading), for the packs' REPLY-KPI rules:
 * <pre>{@code
 * ReplyKpi.measure($chats, $asOf, $v, "pdd", ReplyKpi.Unit.MESSAGE)
 *         .replyRate("reply-rate-30s", Duration.ofSeconds(30), "rate-30s-target")
 *         .metrics();   // pdd.reply-rate-30s for the shop, each chat and each agent
 * }</pre>
 * A buyer message is answered by the next {@code AGENT} message of its chat; {@code AUTO_REPLY} is no human
 * reply. Only buyer messages sent inside the service hours (figures {@code service-start}/{@code service-end},
 * hours of the day in Asia/Shanghai, half-open) count, only those sent by {@code asOf} and, with a
 * {@code window-days} figure, within that many days before it. Each metric is given for the whole shop
 * (no chat, no agent), for each chat and for each agent (over the messages that agent answered).
 * <p>
 * {@link Unit#ROUND} counts rounds instead of messages: a buyer's consecutive messages before a human reply are
 * one round, timed from its first message (Taobao's "rounds").
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReplyKpi {
    /** What one inquiry is: each buyer message, or each round of consecutive buyer messages. */
    public enum Unit { MESSAGE, ROUND }

    /**
     * A buyer message (or round) and the human reply to it, if any: the response gap the reply metrics are made
     * of. {@code agentId} is the agent who answered (null while unanswered). The customer-service scorecards
     * ({@code rules-kpi}) aggregate these same gaps over a file, so both read a reply the same way.
     */
    public record Inquiry(String chatId, String account, Instant askedAt, Instant answeredAt, String agentId) {
        public boolean answered() {
            return answeredAt != null;
        }

        /** The gap from the buyer's message to the human reply; only for an answered inquiry. */
        public Duration waited() {
            return Duration.between(askedAt, answeredAt);
        }

        /** Answered by a human within {@code within}; exactly {@code within} is in time. */
        public boolean answeredWithin(Duration within) {
            return answered() && waited().compareTo(within) <= 0;
        }

        /**
         * Whether a reply rate with limit {@code within} can judge this inquiry at {@code asOf}: it was answered,
         * or its time was up by {@code asOf} (an unanswered message whose 30 s are still running is not late yet).
         */
        public boolean decided(Duration within, Instant asOf) {
            return answered() || !askedAt.plus(within).isAfter(asOf);
        }
    }

    /**
     * The hours of the day (Asia/Shanghai, half-open {@code [opens, closes)}) in which buyer messages are assessed:
     * the figures {@code service-start} and {@code service-end} of a REPLY-KPI version.
     */
    public record ServiceHours(int opens, int closes) {
        public ServiceHours {
            if (opens < 0 || opens >= closes || closes > 24) {
                throw new IllegalArgumentException("service hours " + opens + "–" + closes + " are not a day's window");
            }
        }

        public static ServiceHours of(RuleVersion version) {
            try {
                return new ServiceHours((int) version.hours("service-start").toHours(),
                        (int) version.hours("service-end").toHours());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(version + ": " + e.getMessage(), e);
            }
        }

        /** Whether a message sent at {@code at} falls in these hours; {@code closes} itself is outside. */
        public boolean contains(Instant at) {
            int hour = at.atZone(Times.ZONE).getHour();
            return hour >= opens && hour < closes;
        }
    }

    private static final int RATE_SCALE = 4;

    private final String prefix;
    private final RuleVersion version;
    private final Instant asOf;
    private final List<Inquiry> inquiries;
    /** {@code inquiries} by chat and by agent: every metric's volumes, and the scopes of three of the four. */
    private final Map<String, List<Inquiry>> byChat;
    private final Map<String, List<Inquiry>> byAgent;
    private final List<Metric> metrics = new ArrayList<>();
    private int minimumVolume;

    private ReplyKpi(String prefix, RuleVersion version, Instant asOf, List<Inquiry> inquiries) {
        this.prefix = prefix;
        this.version = version;
        this.asOf = asOf;
        this.inquiries = inquiries;
        this.byChat = group(inquiries, Inquiry::chatId);
        this.byAgent = group(inquiries, Inquiry::agentId);
    }

    /**
     * The inquiries of these chats in the version's service hours.
     *
     * @param chats    the case's {@link Chat}s (a DRL {@code collect} list)
     * @param platform the metric name prefix: {@code pdd} gives {@code pdd.reply-rate-30s}
     */
    public static ReplyKpi measure(Collection<?> chats, Instant asOf, RuleVersion version, String platform, Unit unit) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(unit, "unit");
        ServiceHours hours = ServiceHours.of(version);
        Instant since = version.has("window-days") ? asOf.minus(version.days("window-days")) : null;
        List<Inquiry> inScope = new ArrayList<>();
        List<Chat> ordered = chats.stream().map(Chat.class::cast).sorted(Comparator.comparing(Chat::id)).toList();
        for (Chat chat : ordered) {
            for (Inquiry q : inquiries(chat, asOf, unit)) {
                if (hours.contains(q.askedAt()) && (since == null || !q.askedAt().isBefore(since))) {
                    inScope.add(q);
                }
            }
        }
        return new ReplyKpi(platform, version, asOf, inScope);
    }

    /**
     * The buyer messages (or rounds) of one chat sent by {@code asOf}, each with its human reply, in time order
     * (messages at the same instant in the case file's order); service hours not applied.
     */
    public static List<Inquiry> inquiries(Chat chat, Instant asOf, Unit unit) {
        List<Message> messages = new ArrayList<>(chat.messages());
        messages.removeIf(m -> m.at().isAfter(asOf));
        // Messages in time order; List.sort is stable, so equal times keep the case file's order.
        messages.sort(Comparator.comparing(Message::at));
        List<Inquiry> out = new ArrayList<>();
        List<Instant> waiting = new ArrayList<>();
        for (Message m : messages) {
            if (m.from() == Sender.BUYER) {
                if (unit == Unit.MESSAGE || waiting.isEmpty()) {
                    waiting.add(m.at());
                }
            } else if (m.from() == Sender.AGENT) {
                waiting.forEach(at -> out.add(new Inquiry(chat.id(), chat.account(), at, m.at(), m.agentId())));
                waiting.clear();
            }
        }
        waiting.forEach(at -> out.add(new Inquiry(chat.id(), chat.account(), at, null, null)));
        return out;
    }

    List<Inquiry> inquiries() {
        return inquiries;
    }

    /**
     * Metrics of a scope with fewer inquiries than the figure {@code figure} are given but not assessed
     * ({@code met} null): Taobao does not assess a shop under 100 rounds.
     */
    public ReplyKpi minimumVolume(String figure) {
        this.minimumVolume = version.integer(figure);
        return this;
    }

    /**
     * {@code <platform>.<name>}: the share of decided inquiries answered by a human within {@code within}
     * (exactly {@code within} counts as in time). An unanswered inquiry whose time is not up at {@code asOf} is
     * not decided yet and is left out. Met when the share reaches the RATE figure {@code target}.
     */
    public ReplyKpi replyRate(String name, Duration within, String target) {
        BigDecimal goal = version.rate(target);
        forEachScope(prefix + "." + name, target, inquiries, scope -> {
            long decided = 0;
            long inTime = 0;
            for (Inquiry q : scope) {
                if (q.decided(within, asOf)) {
                    decided++;
                    if (q.answeredWithin(within)) {
                        inTime++;
                    }
                }
            }
            if (decided == 0) {
                return null;
            }
            BigDecimal value = share(inTime, decided);
            boolean met = BigDecimal.valueOf(inTime).compareTo(goal.multiply(BigDecimal.valueOf(decided))) >= 0;
            return new Measure(value, met);
        });
        return this;
    }

    /**
     * {@code <platform>.avg-response-seconds}: the mean time to a human reply over answered inquiries. Met when it
     * is at most the SECONDS figure {@code target}.
     */
    public ReplyKpi averageResponse(String target) {
        Duration goal = version.seconds(target);
        forEachScope(prefix + ".avg-response-seconds", target, inquiries, scope -> meanWait(
                scope.stream().filter(Inquiry::answered).map(Inquiry::waited).toList(), goal));
        return this;
    }

    /**
     * {@code <platform>.first-response-seconds}: per chat, the time from its first buyer message in scope to the
     * first human reply; for the shop and for an agent, the mean over chats (an agent's: the chats whose first
     * message that agent answered). Met when at most the SECONDS figure {@code target}.
     */
    public ReplyKpi firstResponse(String target) {
        Duration goal = version.seconds(target);
        forEachScope(prefix + ".first-response-seconds", target, firstOfEachChat(inquiries), scope -> meanWait(
                scope.stream().filter(Inquiry::answered).map(Inquiry::waited).toList(), goal));
        return this;
    }

    /**
     * {@code <platform>.inquiry-conversion} for the shop: of the accounts that asked (an inquiry in scope), the
     * share with an order that was paid and grouped (成团) by {@code asOf}. Met when it reaches the RATE figure
     * {@code target}.
     */
    public ReplyKpi inquiryConversion(Collection<?> orders, String target) {
        BigDecimal goal = version.rate(target);
        Set<String> asked = new HashSet<>();
        inquiries.forEach(q -> asked.add(q.account()));
        Set<String> converted = new HashSet<>();
        for (Object o : orders) {
            Order order = (Order) o;
            if (asked.contains(order.buyerId()) && grouped(order, asOf)) {
                converted.add(order.buyerId());
            }
        }
        Measure m = asked.isEmpty() ? null : new Measure(share(converted.size(), asked.size()),
                BigDecimal.valueOf(converted.size()).compareTo(goal.multiply(BigDecimal.valueOf(asked.size()))) >= 0);
        metrics.add(metric(prefix + ".inquiry-conversion", null, null, m, goal, target, asked.size()));
        return this;
    }

    /**
     * The first inquiry of each chat (the one first response is timed from), in order of first appearance;
     * {@code inquiries} in time order within each chat, as {@link #inquiries(Chat, Instant, Unit)} gives them.
     */
    public static List<Inquiry> firstOfEachChat(List<Inquiry> inquiries) {
        Map<String, Inquiry> first = new LinkedHashMap<>();
        inquiries.forEach(q -> first.putIfAbsent(q.chatId(), q));
        return List.copyOf(first.values());
    }

    /** PDD's conversion event: the order was paid and its group completed (成团) by {@code asOf}. */
    public static boolean grouped(Order order, Instant asOf) {
        return order.paid() && order.groupedAt() != null && !order.groupedAt().isAfter(asOf);
    }

    /** Every metric asked for so far, shop first, then by chat, then by agent. */
    public List<Metric> metrics() {
        return List.copyOf(metrics);
    }

    private record Measure(BigDecimal value, boolean met) {}

    /**
     * Adds metric {@code name} for the shop, each chat and each agent: {@code measure} gets the scope's share of
     * {@code items} (inquiries, or one first inquiry per chat); whether it is assessed depends on the scope's
     * number of inquiries ({@link #minimumVolume}).
     */
    private void forEachScope(String name, String target, List<Inquiry> items, Function<List<Inquiry>, Measure> measure) {
        BigDecimal goal = goalOf(target);
        metrics.add(metric(name, null, null, measure.apply(items), goal, target, inquiries.size()));
        Map<String, List<Inquiry>> itemsByChat = items == inquiries ? byChat : group(items, Inquiry::chatId);
        Map<String, List<Inquiry>> itemsByAgent = items == inquiries ? byAgent : group(items, Inquiry::agentId);
        byChat.forEach((chat, all) -> metrics.add(metric(name, chat, null,
                measure.apply(itemsByChat.getOrDefault(chat, List.of())), goal, target, all.size())));
        byAgent.forEach((agent, all) -> metrics.add(metric(name, null, agent,
                measure.apply(itemsByAgent.getOrDefault(agent, List.of())), goal, target, all.size())));
    }

    /** Inquiries by a key, in order of first appearance; inquiries without the key (unanswered: no agent) left out. */
    private static Map<String, List<Inquiry>> group(List<Inquiry> items, Function<Inquiry, String> key) {
        Map<String, List<Inquiry>> out = new LinkedHashMap<>();
        for (Inquiry q : items) {
            String k = key.apply(q);
            if (k != null) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(q);
            }
        }
        return out;
    }

    private BigDecimal goalOf(String target) {
        Object v = version.figure(target).value();
        return v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).longValue());
    }

    private Metric metric(String name, String chatId, String agentId, Measure m, BigDecimal goal, String target,
                          int volume) {
        Boolean met = m == null || volume < minimumVolume ? null : m.met();
        return new Metric(name, chatId, agentId, m == null ? null : m.value(), goal, met, version.ruleId(),
                version.version(), version.figure(target).confidence());
    }

    private static Measure meanWait(List<Duration> waits, Duration goal) {
        if (waits.isEmpty()) {
            return null;
        }
        long totalMillis = waits.stream().mapToLong(Duration::toMillis).sum();
        return new Measure(meanSeconds(totalMillis, waits.size()), totalMillis <= goal.toMillis() * waits.size());
    }

    /** The mean of {@code count} gaps summing to {@code totalMillis}, in seconds, HALF_UP to 1 decimal. */
    public static BigDecimal meanSeconds(long totalMillis, long count) {
        return BigDecimal.valueOf(totalMillis).divide(BigDecimal.valueOf(count * 1000L), 1, RoundingMode.HALF_UP);
    }

    /** {@code part / whole}, exact when it ends within 4 decimals, else HALF_UP at 4; never fewer than 2 decimals. */
    public static BigDecimal share(long part, long whole) {
        BigDecimal q = BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return q.scale() < 2 ? q.setScale(2, RoundingMode.UNNECESSARY) : q;
    }
}
