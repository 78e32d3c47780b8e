package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Complaint;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.Shipment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Everything the case says about one order, gathered once in Java before the rules run: its shipments, its first
 * {@link Handover} (none if nothing was handed over), its invoices, the buyer's complaints about it (those
 * filed, and those a refund request implies: {@link dev.shoprules.core.aftersales.RefundComplaints}), its refund
 * requests and the promises made about it (the case's own, then those read from its chats). Each list keeps the
 * case's order.
 * <p>
 * Why: rule after rule gathered the same lists again, each with an {@code accumulate} over every shipment,
 * invoice or complaint joined on {@code orderId} — a network node with its own memory per rule and order. A rule
 * now joins the one {@code OrderFacts} of its order (an indexed join) and reads the lists.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record OrderFacts(Order order, List<Shipment> shipments, Handover handover, List<Invoice> invoices,
                         List<Complaint> complaints, List<Refund> refunds, List<Promise> promises) {

    public OrderFacts {
        Objects.requireNonNull(order, "order");
        shipments = List.copyOf(shipments);
        invoices = List.copyOf(invoices);
        complaints = List.copyOf(complaints);
        refunds = List.copyOf(refunds);
        promises = List.copyOf(promises);
    }

    /**
     * One per order of the case, in case order. {@code handovers}: one per shipped order; {@code extraComplaints}
     * and {@code extraPromises}: complaints the case implies and promises its chats make, beyond its own (they
     * follow the case's own in each list).
     */
    public static List<OrderFacts> of(CaseFacts c, List<Handover> handovers, List<Complaint> extraComplaints,
                                      List<Promise> extraPromises) {
        Map<String, Gathering> byOrder = new HashMap<>();
        for (Order o : c.orders()) {
            byOrder.putIfAbsent(o.id(), new Gathering());
        }
        gather(c.shipments(), Shipment::orderId, byOrder, g -> g.shipments);
        gather(c.invoices(), Invoice::orderId, byOrder, g -> g.invoices);
        gather(c.complaints(), Complaint::orderId, byOrder, g -> g.complaints);
        gather(extraComplaints, Complaint::orderId, byOrder, g -> g.complaints);
        gather(c.refunds(), Refund::orderId, byOrder, g -> g.refunds);
        gather(c.promises(), Promise::orderId, byOrder, g -> g.promises);
        gather(extraPromises, Promise::orderId, byOrder, g -> g.promises);
        for (Handover h : handovers) {
            Gathering g = byOrder.get(h.orderId());
            if (g != null) {
                g.handover = h;
            }
        }
        // A case built in Java may repeat an order id (a JSON case may not): each such order reads the facts of
        // that id, as the joins on orderId did.
        List<OrderFacts> facts = new ArrayList<>(c.orders().size());
        for (Order o : c.orders()) {
            Gathering g = byOrder.get(o.id());
            facts.add(new OrderFacts(o, g.shipments, g.handover, g.invoices, g.complaints, g.refunds,
                    g.promises));
        }
        return facts;
    }

    /** Adds each fact to the gathering of its order; facts of an order the case does not have are no order's. */
    private static <T> void gather(List<T> facts, Function<T, String> orderId, Map<String, Gathering> byOrder,
                                   Function<Gathering, List<T>> list) {
        for (T fact : facts) {
            Gathering g = byOrder.get(orderId.apply(fact));
            if (g != null) {
                list.apply(g).add(fact);
            }
        }
    }

    public String orderId() {
        return order.id();
    }

    /** The first hand-over as a list (empty when nothing was handed over), for helpers that take every hand-over. */
    public List<Handover> handovers() {
        return handover == null ? List.of() : List.of(handover);
    }

    /** Whether the buyer had a complaint of one of these kinds about the order upheld. */
    public boolean upheld(String... kinds) {
        for (Complaint x : complaints) {
            if (x.upheld()) {
                for (String kind : kinds) {
                    if (kind.equals(x.kind())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final class Gathering {
        final List<Shipment> shipments = new ArrayList<>(2);
        final List<Invoice> invoices = new ArrayList<>(1);
        final List<Complaint> complaints = new ArrayList<>(1);
        final List<Refund> refunds = new ArrayList<>(1);
        final List<Promise> promises = new ArrayList<>(2);
        Handover handover;
    }
}
