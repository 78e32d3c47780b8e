package dev.shoprules.core.facts;

import java.math.BigDecimal;
import java.time.Instant;

public record Invoice(
        String orderId,
        Instant requestedAt,
        Instant issuedAt,
        BigDecimal amount,
        BigDecimal chargedToBuyer,
        boolean refused) {

    public Invoice {
        Require.text(orderId, "orderId");
        Require.present(requestedAt, "requestedAt");
        amount = Require.moneyOrNull(amount, "amount");
        chargedToBuyer = Require.moneyOrZero(chargedToBuyer, "chargedToBuyer");
    }
}
