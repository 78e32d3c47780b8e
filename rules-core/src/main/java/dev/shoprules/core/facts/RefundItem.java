package dev.shoprules.core.facts;

/** Goods a refund request covers: a sku of the order and how many of it. */
public record RefundItem(String sku, int quantity) {
    public RefundItem {
        Require.text(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity: must be at least 1, was " + quantity);
        }
    }
}
