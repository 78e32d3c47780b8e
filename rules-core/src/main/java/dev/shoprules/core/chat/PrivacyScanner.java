package dev.shoprules.core.chat;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Receiver;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.privacy.Masking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds an order's buyer account, receiver name, phone, address (or its part after the city) and tracking numbers in agent
 * text, folded like the text. A case has a handful of such needles, so each is found with {@code indexOf}
 * (linear in the text); an Aho-Corasick trie per case cost ~10 ms to build, far more than the scans it saved.
 * Disclosure is a privacy finding only when the chat's account is not the order's buyer, so needles of the
 * account's own orders are never searched.
 */
final class PrivacyScanner {
    /** Shorter needles would match ordinary text (a one-character name, a three-digit tracking suffix). */
    private static final int MIN_NAME = 2;
    private static final int MIN_DETAIL = 4;
    private static final int MIN_NUMBER = 6;
    /** A buyer account this short (b-1) would match ordinary text. */
    private static final int MIN_ACCOUNT = 5;

    /** Receiver data to look for; what a hit shows is masked from {@code value} only when there is a hit. */
    private record Needle(Order order, String tag, String value) {
        String shown() {
            return switch (tag) {
                case "receiver-name" -> Masking.name(value);
                case "receiver-phone" -> Masking.phone(value);
                case "receiver-address" -> Masking.address(value);
                default -> ChatScanner.maskId(value.strip());
            };
        }
    }

    private final Map<String, List<Needle>> needles;

    private PrivacyScanner(Map<String, List<Needle>> needles) {
        this.needles = needles;
    }

    static PrivacyScanner of(CaseFacts c) {
        Map<String, List<Needle>> needles = new LinkedHashMap<>();
        for (Order o : c.orders()) {
            // Telling who bought (a gift) names the buyer's account (seed: "拒绝告知消费者购买人的旺旺ID" is right).
            add(needles, o.buyerId(), MIN_ACCOUNT, new Needle(o, "buyer-account", o.buyerId()));
            Receiver r = o.receiver();
            if (r != null) {
                add(needles, r.name(), MIN_NAME, new Needle(o, "receiver-name", r.name()));
                add(needles, Masking.digits(r.phone()), MIN_NUMBER, new Needle(o, "receiver-phone", r.phone()));
                add(needles, r.address(), MIN_DETAIL, new Needle(o, "receiver-address", r.address()));
                add(needles, detail(r.address()), MIN_DETAIL, new Needle(o, "receiver-address", r.address()));
            }
        }
        Map<String, Order> orders = new LinkedHashMap<>();
        c.orders().forEach(o -> orders.put(o.id(), o));
        for (Shipment s : c.shipments()) {
            Order o = orders.get(s.orderId());
            if (o != null && s.trackingNo() != null) {
                add(needles, s.trackingNo(), MIN_NUMBER, new Needle(o, "tracking-number", s.trackingNo()));
            }
        }
        return new PrivacyScanner(needles);
    }

    private static void add(Map<String, List<Needle>> needles, String value, int min, Needle needle) {
        if (value == null) {
            return;
        }
        String dense = Folding.dense(value);
        if (dense.length() >= min) {
            List<Needle> list = needles.computeIfAbsent(dense, k -> new ArrayList<>(1));
            for (Needle n : list) {
                if (n.order().id().equals(needle.order().id()) && n.tag().equals(needle.tag())) {
                    return;
                }
            }
            list.add(needle);
        }
    }

    /** The address after its city (西湖区文三路100号), which alone identifies the receiver. */
    private static String detail(String address) {
        if (address == null) {
            return null;
        }
        for (String end : List.of("市", "自治州", "地区", "盟")) {
            int at = address.indexOf(end);
            if (at >= 0 && at < 16) {
                return address.substring(at + end.length());
            }
        }
        return null;
    }

    /** Receiver data of orders not bought by {@code account}, by order id; each order's hits in text order. */
    Map<String, List<ChatHit>> disclosedTo(String account, NormalizedText text) {
        Map<String, List<ChatHit>> byOrder = new LinkedHashMap<>();
        String chars = null;
        for (Map.Entry<String, List<Needle>> e : needles.entrySet()) {
            String dense = e.getKey();
            List<Needle> others = new ArrayList<>(e.getValue().size());
            for (Needle n : e.getValue()) {
                if (!n.order().buyerId().equals(account)) {
                    others.add(n);
                }
            }
            if (others.isEmpty()) {
                continue;
            }
            if (chars == null) {
                chars = new String(text.chars(), 0, text.length());
            }
            for (int start = chars.indexOf(dense); start >= 0; start = chars.indexOf(dense, start + 1)) {
                int end = start + dense.length();
                for (Needle n : others) {
                    byOrder.computeIfAbsent(n.order().id(), k -> new ArrayList<>()).add(new ChatHit(
                            ChatDetector.PRIVACY, n.tag(), n.shown(), text.sourceStart(start), text.sourceEnd(end - 1)));
                }
            }
        }
        // The address after the city is found inside the full address: the longer span says it once.
        byOrder.replaceAll((order, hits) -> ChatHit.outermost(hits));
        return byOrder;
    }
}
