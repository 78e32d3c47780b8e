package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.ChargeKind;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.PromiseKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The broken {@link PromiseCheck}s of one order and one promise kind, first made first: what a breach of promise is
 * judged on (a promise repeated in the listing and in chat is one breach). Packs infer one per order and kind from
 * all the order's broken checks at once, rather than matching every order against every kind.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record BrokenPromises(String orderId, PromiseKind kind, List<PromiseCheck> checks) {

    public BrokenPromises {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        checks = List.copyOf(checks);
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("checks: at least one broken promise");
        }
    }

    /**
     * Judges every promise made about the order ({@link PromiseCheck#judge}) as of {@code asOf} and groups the
     * broken ones by kind, as {@link #byKind} does; empty when none is broken (most orders).
     */
    public static List<BrokenPromises> judge(OrderFacts order, Instant asOf, Set<ChargeKind> freeShippingBreakers) {
        List<PromiseCheck> checks = new ArrayList<>(order.promises().size());
        for (Promise p : order.promises()) {
            checks.add(PromiseCheck.judge(p, order.order(), order.shipments(), order.invoices(), asOf,
                    freeShippingBreakers));
        }
        return byKind(checks);
    }

    /**
     * The broken checks among {@code checks} (one order's), grouped by kind in {@link PromiseKind} order; empty
     * when none is broken.
     */
    public static List<BrokenPromises> byKind(List<PromiseCheck> checks) {
        Map<PromiseKind, List<PromiseCheck>> byKind = new EnumMap<>(PromiseKind.class);
        String orderId = null;
        for (PromiseCheck c : checks) {
            if (orderId != null && !orderId.equals(c.orderId())) {
                throw new IllegalArgumentException("checks: all must be of one order, got " + orderId + " and " + c.orderId());
            }
            orderId = c.orderId();
            if (c.broken()) {
                byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
            }
        }
        List<BrokenPromises> groups = new ArrayList<>(byKind.size());
        for (Map.Entry<PromiseKind, List<PromiseCheck>> e : byKind.entrySet()) {
            e.getValue().sort(PromiseCheck.FIRST_MADE);
            groups.add(new BrokenPromises(orderId, e.getKey(), e.getValue()));
        }
        return groups;
    }

    /** The first made (by {@link PromiseCheck#FIRST_MADE}): the one a reason cites, whose time picks the rule version. */
    public PromiseCheck first() {
        return checks.get(0);
    }
}
