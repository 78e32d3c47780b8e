package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * One line of an order. {@code noReasonReturn}: the goods support 7天无理由退货; absent = true (the platforms' default:
 * goods are excluded only when the listing says so).
 */
@API(status = STABLE, since = "0.1")
public record Item(String sku, String title, int quantity, BigDecimal unitPrice, Boolean noReasonReturn) {
    public Item {
        Require.text(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity: must be at least 1, was " + quantity);
        }
        unitPrice = Require.money(unitPrice, "unitPrice");
        noReasonReturn = noReasonReturn == null ? Boolean.TRUE : noReasonReturn;
    }

    /** An item that supports 7-day no-reason returns, as every item read before contract 2. */
    public Item(String sku, String title, int quantity, BigDecimal unitPrice) {
        this(sku, title, quantity, unitPrice, Boolean.TRUE);
    }

    /** The item's list value: unit price × quantity. */
    public BigDecimal listValue() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
