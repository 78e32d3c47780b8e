package dev.shoprules.core.json;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Chat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks that need the whole case: unique ids, and facts that name only orders of the case. */
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
        return problems;
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
