package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.Instant;
import org.apiguardian.api.API;

@API(status = STABLE, since = "0.1")
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
