package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Goods a refund request covers: a sku of the order and how many of it. */
@API(status = STABLE, since = "0.1")
public record RefundItem(String sku, int quantity) {
    public RefundItem {
        Require.text(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity: must be at least 1, was " + quantity);
        }
    }
}
