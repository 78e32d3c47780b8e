package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.ExtraCharge;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Message;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.PromiseKind;
import dev.shoprules.core.facts.PromiseSource;
import dev.shoprules.core.facts.Sender;
import dev.shoprules.core.facts.Shipment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads every chat of a case (RULES.md, chat reading): each agent and auto-reply message sent by {@code asOf}
 * through the detectors, and the promises it makes. Buyer messages never violate and make no promises.
 * <p>
 * A promise found in a chat binds the chat's orders ({@code orderIds}; if it names none, every order of the
 * chat's account) and becomes a {@link Promise} with source CHAT or AUTO_REPLY pointing at the message; one the
 * case already lists (same order, kind and value) or an earlier message already made is not repeated.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ChatReader {
    private ChatReader() {}

    /** What the chats of a case say: findings for the chat rules and promises for the breach-of-promise rules. */
    public record Reading(List<ChatFinding> findings, List<Promise> promises) {
        public Reading {
            findings = List.copyOf(findings);
            promises = List.copyOf(promises);
        }
    }

    public static Reading read(CaseFacts c) {
        return read(c, ChatScanner.standard());
    }

    static Reading read(CaseFacts c, ChatScanner scanner) {
        Objects.requireNonNull(c, "case");
        if (c.chats().isEmpty()) {
            return new Reading(List.of(), List.of());
        }
        ScanContext context = ScanContext.of(c.platform(), caseNumbers(c));
        PrivacyScanner privacy = PrivacyScanner.of(c);
        List<ChatFinding> findings = new ArrayList<>();
        List<Promise> promises = new ArrayList<>();
        Set<String> promised = new HashSet<>();
        c.promises().forEach(p -> promised.add(key(p.orderId(), p.kind(), p.value())));
        for (Chat chat : c.chats()) {
            List<String> bound = new ArrayList<>(chat.orderIds());
            if (bound.isEmpty()) {
                c.orders().stream().filter(o -> o.buyerId().equals(chat.account())).forEach(o -> bound.add(o.id()));
            }
            for (int i = 0; i < chat.messages().size(); i++) {
                Message m = chat.messages().get(i);
                if (!m.fromShop() || m.at().isAfter(c.asOf())) {
                    continue;
                }
                MessageReading r = scanner.read(m.text(), context);
                Map<ChatDetector, List<ChatHit>> byDetector = new EnumMap<>(ChatDetector.class);
                r.hits().forEach(h -> byDetector.computeIfAbsent(h.detector(), d -> new ArrayList<>()).add(h));
                for (Map.Entry<ChatDetector, List<ChatHit>> e : byDetector.entrySet()) {
                    findings.add(new ChatFinding(chat.id(), chat.account(), i, m.from(), m.agentId(), m.at(),
                            e.getKey(), null, e.getValue()));
                }
                for (Map.Entry<String, List<ChatHit>> e : privacy(c, chat, privacy, r).entrySet()) {
                    findings.add(new ChatFinding(chat.id(), chat.account(), i, m.from(), m.agentId(), m.at(),
                            ChatDetector.PRIVACY, e.getKey(), e.getValue()));
                }
                PromiseSource source = m.from() == Sender.AUTO_REPLY ? PromiseSource.AUTO_REPLY : PromiseSource.CHAT;
                for (PromiseMention p : r.promises()) {
                    String value = p.valueAt(m.at());
                    for (String orderId : bound) {
                        if (promised.add(key(orderId, p.kind(), value))) {
                            promises.add(new Promise(orderId, p.kind(), value, m.at(), source, chat.id(), i));
                        }
                    }
                }
            }
        }
        return new Reading(findings, promises);
    }

    /**
     * Privacy hits of one message by order: receiver data and buyer accounts of orders the chat's account did not
     * buy, and acts for another account (an address changed, the buyer told) on the chat's orders that account did
     * not buy (RULES.md, chat additions). A chat that names no order acts for nobody else.
     */
    private static Map<String, List<ChatHit>> privacy(CaseFacts c, Chat chat, PrivacyScanner scanner,
                                                      MessageReading r) {
        Map<String, List<ChatHit>> byOrder = scanner.disclosedTo(chat.account(), r.text());
        if (r.acts().isEmpty()) {
            return byOrder;
        }
        for (String orderId : chat.orderIds()) {
            for (Order o : c.orders()) {
                if (o.id().equals(orderId) && !o.buyerId().equals(chat.account())) {
                    List<ChatHit> hits = new ArrayList<>(byOrder.getOrDefault(orderId, List.of()));
                    hits.addAll(r.acts());
                    hits.sort(java.util.Comparator.comparingInt(ChatHit::start));
                    byOrder.put(orderId, hits);
                }
            }
        }
        return byOrder;
    }

    /** The same promise: same order, kind and value (carrier codes and texts compared without case). */
    private static String key(String orderId, PromiseKind kind, String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (kind == PromiseKind.SHIP_BY) {
            try {
                Instant at = Times.parse(value.strip());
                v = "\u0001" + at.getEpochSecond() + "." + at.getNano(); // never equal to a text value
            } catch (RuntimeException notAnInstant) {
                // compared as text
            }
        }
        return orderId + "\u0000" + kind + "\u0000" + v;
    }

    /**
     * Digit strings the case knows as something other than the agent's contact: order ids, tracking numbers, SKUs
     * and item titles (sizes, model numbers), prices and charges (800, 800.00 → 80000), the shop's registered
     * phones, and receivers' phones (a buyer's own number; telling it to someone else is the privacy rule's).
     */
    static Set<String> caseNumbers(CaseFacts c) {
        Set<String> numbers = new HashSet<>();
        if (c.shop() != null) {
            c.shop().registeredPhones().forEach(p -> addDigits(numbers, p));
        }
        for (Order o : c.orders()) {
            addDigits(numbers, o.id());
            if (o.receiver() != null) {
                addDigits(numbers, o.receiver().phone());
            }
            addAmount(numbers, o.paidAmount());
            addAmount(numbers, o.shippingFee());
            for (Item item : o.items()) {
                addDigits(numbers, item.sku());
                addDigits(numbers, item.title());
                addAmount(numbers, item.unitPrice());
            }
            for (ExtraCharge x : o.extraCharges()) {
                addAmount(numbers, x.amount());
            }
        }
        for (Shipment s : c.shipments()) {
            addDigits(numbers, s.trackingNo());
        }
        return numbers;
    }

    /** The whole digit string and each run of digits in it (SF1234 5678 → 12345678, 1234, 5678). */
    private static void addDigits(Set<String> into, String text) {
        if (text == null) {
            return;
        }
        String dense = Folding.dense(text);
        StringBuilder all = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= dense.length(); i++) {
            char ch = i < dense.length() ? dense.charAt(i) : 'x';
            if (NormalizedText.isDigit(ch)) {
                all.append(ch);
                run.append(ch);
            } else if (!run.isEmpty()) {
                into.add(run.toString());
                run.setLength(0);
            }
        }
        if (!all.isEmpty()) {
            into.add(all.toString());
        }
    }

    private static void addAmount(Set<String> into, BigDecimal amount) {
        if (amount != null) {
            into.add(amount.setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue().toString());
            into.add(amount.stripTrailingZeros().toPlainString().replace(".", ""));
        }
    }
}
