package dev.shoprules.core.json;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that need the whole case: unique ids, facts that name only orders of the case, and refunds that name
 * only goods of their order, never more of a sku than was bought.
 */
final class CaseValidator {
    private CaseValidator() {}

    static List<Problem> check(CaseFacts c) {
        List<Problem> problems = new ArrayList<>();
        Set<String> orders = new HashSet<>();
        for (int i = 0; i < c.orders().size(); i++) {
            String id = c.orders().get(i).id();
            if (!orders.add(id)) {
                problems.add(new Problem("orders[" + i + "].id", "duplicate order id \"" + id + "\""));
            }
        }
        knownOrder(problems, orders, "promises", c.promises(), p -> p.orderId());
        knownOrder(problems, orders, "shipments", c.shipments(), s -> s.orderId());
        knownOrder(problems, orders, "invoices", c.invoices(), v -> v.orderId());
        knownOrder(problems, orders, "complaints", c.complaints(), k -> k.orderId());
        Set<String> chats = new HashSet<>();
        for (int i = 0; i < c.chats().size(); i++) {
            Chat chat = c.chats().get(i);
            if (!chats.add(chat.id())) {
                problems.add(new Problem("chats[" + i + "].id", "duplicate chat id \"" + chat.id() + "\""));
            }
            for (int j = 0; j < chat.orderIds().size(); j++) {
                if (!orders.contains(chat.orderIds().get(j))) {
                    problems.add(new Problem("chats[" + i + "].orderIds[" + j + "]",
                            "unknown order \"" + chat.orderIds().get(j) + "\""));
                }
            }
        }
        refunds(problems, c);
        return problems;
    }

    private static void refunds(List<Problem> problems, CaseFacts c) {
        Map<String, Order> orders = new HashMap<>();
        c.orders().forEach(o -> orders.putIfAbsent(o.id(), o));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < c.refunds().size(); i++) {
            Refund r = c.refunds().get(i);
            String at = "refunds[" + i + "]";
            if (!ids.add(r.id())) {
                problems.add(new Problem(at + ".id", "duplicate refund id \"" + r.id() + "\""));
            }
            Order order = orders.get(r.orderId());
            if (order == null) {
                problems.add(new Problem(at + ".orderId", "unknown order \"" + r.orderId() + "\""));
                continue;
            }
            // The same sku may be listed twice in one request: what counts is the total asked of it.
            Map<String, Integer> asked = new LinkedHashMap<>();
            for (int j = 0; j < r.items().size(); j++) {
                RefundItem item = r.items().get(j);
                int bought = order.quantityOf(item.sku());
                if (bought == 0) {
                    problems.add(new Problem(at + ".items[" + j + "].sku",
                            "unknown sku \"" + item.sku() + "\" (order " + r.orderId() + " has no such item)"));
                    continue;
                }
                int total = asked.merge(item.sku(), item.quantity(), (a, b) -> (int) Math.min((long) a + b, Integer.MAX_VALUE));
                if (total > bought && total - item.quantity() <= bought) {
                    problems.add(new Problem(at + ".items[" + j + "].quantity", "returns " + total + " of sku \""
                            + item.sku() + "\" but order " + r.orderId() + " bought " + bought));
                }
            }
        }
    }

    private static <T> void knownOrder(List<Problem> problems, Set<String> orders, String list, List<T> facts,
                                       Function<T, String> orderId) {
        for (int i = 0; i < facts.size(); i++) {
            String id = orderId.apply(facts.get(i));
            if (!orders.contains(id)) {
                problems.add(new Problem(list + "[" + i + "].orderId", "unknown order \"" + id + "\""));
            }
        }
    }
}
