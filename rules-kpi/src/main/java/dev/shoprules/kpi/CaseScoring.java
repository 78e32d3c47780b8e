package dev.shoprules.kpi;

import dev.shoprules.core.Times;
import dev.shoprules.core.chat.ReplyKpi;
import dev.shoprules.core.chat.ReplyKpi.Inquiry;
import dev.shoprules.core.chat.ReplyKpi.ServiceHours;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Message;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.facts.Sender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One case's contribution to the scorecards: who asked, who answered and how fast, and which agent each sale
 * counts for. The response gaps are core's {@link ReplyKpi.Inquiry}s (the same reading of a reply as the packs'
 * REPLY-KPI metrics), in the platform's service hours. A case is the unit of identity: a buyer is a chat
 * {@code account} of the case, joined to the orders whose {@code buyerId} is that account.
 */
final class CaseScoring {
    private static final Duration THIRTY_SECONDS = Duration.ofSeconds(30);
    private static final Duration THREE_MINUTES = Duration.ofMinutes(3);
    private static final Comparator<Served> IN_TIME = Comparator.comparing(Served::at).thenComparingInt(Served::seq);

    /** A human message to a buyer by {@code asOf}: who sent it (null if the case does not say), when, in what order. */
    private record Served(String agentId, Instant at, int seq) {}

    /** One order of a buyer that converted, with the agent its sale counts for (null: nobody, or an unnamed agent). */
    private record Sale(Order order, String creditedTo, Set<String> helpers) {}

    /** Everything of one chat account in the case. */
    private static final class Buyer {
        final List<Inquiry> inquiries = new ArrayList<>();
        /** The first buyer message in service hours of each chat: what first response is timed from. */
        final List<Inquiry> firsts = new ArrayList<>();
        final List<Served> served = new ArrayList<>();
    }

    private final CaseFacts c;
    private final ServiceHours hours;
    private final boolean grouping;

    /**
     * @param hours    the platform's service hours at {@code asOf} (null: none in force, no response times)
     * @param grouping whether a sale needs its group completed (PDD: 成团)
     */
    CaseScoring(CaseFacts c, ServiceHours hours, boolean grouping) {
        this.c = c;
        this.hours = hours;
        this.grouping = grouping;
    }

    /** Adds this case to the tallies; {@code group} gives the tally of a key (agent id, shop id or date). */
    void addTo(GroupBy by, Function<String, Tally> group) {
        for (Buyer b : buyers().values()) {
            if (!b.inquiries.isEmpty()) {
                addBuyer(b, by, group);
                addResponses(b, by, group);
            }
        }
    }

    /** The chat accounts of the case in chat-id order, each with its inquiries and the human messages it got. */
    private Map<String, Buyer> buyers() {
        Map<String, Buyer> buyers = new LinkedHashMap<>();
        int seq = 0;
        List<Chat> chats = c.chats().stream().sorted(Comparator.comparing(Chat::id)).toList();
        for (Chat chat : chats) {
            Buyer b = buyers.computeIfAbsent(chat.account(), a -> new Buyer());
            List<Inquiry> inquiries = ReplyKpi.inquiries(chat, c.asOf(), ReplyKpi.Unit.MESSAGE);
            b.inquiries.addAll(inquiries);
            if (hours != null) {
                ReplyKpi.firstOfEachChat(inquiries.stream().filter(q -> hours.contains(q.askedAt())).toList())
                        .forEach(b.firsts::add);
            }
            for (Message m : chat.messages()) {
                if (m.from() == Sender.AGENT && !m.at().isAfter(c.asOf())) {
                    b.served.add(new Served(m.agentId(), m.at(), seq++));
                }
            }
        }
        return buyers;
    }

    private void addBuyer(Buyer b, GroupBy by, Function<String, Tally> group) {
        String account = b.inquiries.get(0).account();
        Instant firstAsked = b.inquiries.stream().map(Inquiry::askedAt).min(Comparator.naturalOrder()).orElseThrow();
        boolean answered = b.inquiries.stream().anyMatch(Inquiry::answered);
        List<Sale> sales = new ArrayList<>();
        for (Order o : c.orders()) {
            if (o.buyerId().equals(account) && converted(o) && !o.paidAt().isBefore(firstAsked)) {
                sales.add(sale(o, b.served));
            }
        }
        Map<String, List<Sale>> credited = new TreeMap<>();
        Set<String> assisted = new TreeSet<>();
        for (Sale s : sales) {
            if (s.creditedTo() != null) {
                credited.computeIfAbsent(s.creditedTo(), a -> new ArrayList<>()).add(s);
            }
            assisted.addAll(s.helpers());
        }
        assisted.removeAll(credited.keySet());

        if (by != GroupBy.AGENT) {
            Tally t = group.apply(by == GroupBy.SHOP ? c.shop().id() : day(firstAsked));
            t.buyersAsked++;
            t.buyersAnswered += answered ? 1 : 0;
            t.buyersPaid += sales.isEmpty() ? 0 : 1;
            List<Sale> attributed = credited.values().stream().flatMap(List::stream).toList();
            addSales(t, attributed);
            t.assists += assisted.size();
            return;
        }
        Set<String> answeredBy = new TreeSet<>();
        b.inquiries.stream().filter(Inquiry::answered).map(Inquiry::agentId).filter(a -> a != null)
                .forEach(answeredBy::add);
        Set<String> received = new TreeSet<>();
        b.served.stream().map(Served::agentId).filter(a -> a != null).forEach(received::add);
        for (String agent : received) {
            Tally t = group.apply(agent);
            List<Sale> mine = credited.getOrDefault(agent, List.of());
            t.buyersAsked++;
            t.buyersAnswered += answeredBy.contains(agent) ? 1 : 0;
            t.buyersPaid += mine.isEmpty() ? 0 : 1;
            addSales(t, mine);
            t.assists += assisted.contains(agent) ? 1 : 0;
        }
    }

    /** Paying buyers, orders, units, amount and refunded orders of one buyer's sales that count for this tally. */
    private void addSales(Tally t, List<Sale> sales) {
        if (sales.isEmpty()) {
            return;
        }
        t.payingBuyers++;
        for (Sale s : sales) {
            t.orders++;
            t.units += s.order().items().stream().mapToLong(Item::quantity).sum();
            t.sales = t.sales.add(s.order().paidAmount());
            t.refundedOrders += refunded(s.order()) ? 1 : 0;
        }
    }

    /**
     * A refund was requested for the order by {@code asOf} (仅退款 or 退货退款; an exchange gives no money back). An
     * order counts once however many requests it has, so the refund rate is a share of orders.
     */
    private boolean refunded(Order o) {
        for (Refund r : c.refunds()) {
            if (r.orderId().equals(o.id()) && r.kind() != RefundKind.EXCHANGE && !r.requestedAt().isAfter(c.asOf())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "谁落实算谁的绩效": the sale counts for the last human who wrote to the buyer at or before payment; every
     * other agent who wrote to the buyer before payment helped. When that last message names no agent the sale
     * counts for nobody (an unknown agent is not the one before them).
     */
    private static Sale sale(Order o, List<Served> served) {
        List<Served> before = served.stream().filter(s -> !s.at().isAfter(o.paidAt())).sorted(IN_TIME).toList();
        String last = before.isEmpty() ? null : before.get(before.size() - 1).agentId();
        Set<String> helpers = new TreeSet<>();
        before.stream().map(Served::agentId).filter(a -> a != null && !a.equals(last)).forEach(helpers::add);
        return new Sale(o, last, helpers);
    }

    /** Paid by {@code asOf}; on PDD also grouped (成团) by then, as PDD-REPLY-KPI's inquiry conversion counts. */
    private boolean converted(Order o) {
        return grouping ? ReplyKpi.grouped(o, c.asOf()) && !o.paidAt().isAfter(c.asOf())
                : o.paid() && !o.paidAt().isAfter(c.asOf());
    }

    /** Response gaps of buyer messages sent in service hours, to the shop (or day) and to the agent who answered. */
    private void addResponses(Buyer b, GroupBy by, Function<String, Tally> group) {
        if (hours == null) {
            return;
        }
        for (Inquiry q : b.inquiries) {
            if (!hours.contains(q.askedAt())) {
                continue;
            }
            Tally t = responseGroup(q, by, group);
            if (t == null) {
                continue;
            }
            t.decided30s += q.decided(THIRTY_SECONDS, c.asOf()) ? 1 : 0;
            t.within30s += q.answeredWithin(THIRTY_SECONDS) ? 1 : 0;
            t.decided3min += q.decided(THREE_MINUTES, c.asOf()) ? 1 : 0;
            t.within3min += q.answeredWithin(THREE_MINUTES) ? 1 : 0;
            if (q.answered()) {
                t.answered++;
                t.responseMillis += q.waited().toMillis();
            }
        }
        for (Inquiry first : b.firsts) {
            Tally t = first.answered() ? responseGroup(first, by, group) : null;
            if (t != null) {
                t.firstAnswered++;
                t.firstResponseMillis += first.waited().toMillis();
            }
        }
    }

    /** The tally a buyer message counts in: the shop's, its day's, or its answering agent's (none if unanswered). */
    private Tally responseGroup(Inquiry q, GroupBy by, Function<String, Tally> group) {
        return switch (by) {
            case SHOP -> group.apply(c.shop().id());
            case DAY -> group.apply(day(q.askedAt()));
            case AGENT -> q.agentId() == null ? null : group.apply(q.agentId());
        };
    }

    private static String day(Instant at) {
        return at.atZone(Times.ZONE).toLocalDate().toString();
    }
}
