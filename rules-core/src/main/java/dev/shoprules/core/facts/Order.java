package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One order. {@code freightInsurance}: 运费险 is in force for it (bought by the shop or the buyer); absent = false. {@code paidAmount} is the goods' actual transaction amount (实际成交金额) and excludes
 * {@code shippingFee}; it is the base of every payout unless a rule says otherwise.
 */
@API(status = STABLE, since = "0.1")
public record Order(
        String id,
        String buyerId,
        Instant createdAt,
        Instant paidAt,
        Instant groupedAt,
        List<Item> items,
        BigDecimal shippingFee,
        BigDecimal paidAmount,
        PaymentMethod paymentMethod,
        Instant agreedShipBy,
        boolean presale,
        Receiver receiver,
        List<ExtraCharge> extraCharges,
        ClosedBy closedBy,
        Instant closedAt,
        CloseReason closeReason,
        boolean freightInsurance) {

    public Order {
        Require.text(id, "id");
        Require.text(buyerId, "buyerId");
        Require.present(createdAt, "createdAt");
        items = Require.list(items, "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("items: an order has at least one item");
        }
        shippingFee = Require.moneyOrZero(shippingFee, "shippingFee");
        paidAmount = Require.money(paidAmount, "paidAmount");
        extraCharges = Require.list(extraCharges, "extraCharges");
        if (closedBy != null && closedAt == null) {
            throw new IllegalArgumentException("closedAt: required when closedBy is set");
        }
    }

    /** An order without freight insurance (运费险), as every order read before contract 2. */
    public Order(String id, String buyerId, Instant createdAt, Instant paidAt, Instant groupedAt, List<Item> items,
                 BigDecimal shippingFee, BigDecimal paidAmount, PaymentMethod paymentMethod, Instant agreedShipBy,
                 boolean presale, Receiver receiver, List<ExtraCharge> extraCharges, ClosedBy closedBy,
                 Instant closedAt, CloseReason closeReason) {
        this(id, buyerId, createdAt, paidAt, groupedAt, items, shippingFee, paidAmount, paymentMethod, agreedShipBy,
                presale, receiver, extraCharges, closedBy, closedAt, closeReason, false);
    }

    /** The quantity of {@code sku} bought in this order (0 if the order has no such sku). */
    public int quantityOf(String sku) {
        int n = 0;
        for (Item i : items) {
            if (i.sku().equals(sku)) {
                n += i.quantity();
            }
        }
        return n;
    }

    public boolean paid() {
        return paidAt != null;
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** Whether the order was closed at or before {@code instant}. */
    public boolean closedBy(Instant instant) {
        return closedAt != null && !closedAt.isAfter(instant);
    }
}
