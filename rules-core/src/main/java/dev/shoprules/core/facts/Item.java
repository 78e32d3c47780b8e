package dev.shoprules.core.facts;

import java.math.BigDecimal;

public record Item(String sku, String title, int quantity, BigDecimal unitPrice) {
    public Item {
        Require.text(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity: must be at least 1, was " + quantity);
        }
        unitPrice = Require.money(unitPrice, "unitPrice");
    }
}
