package dev.shoprules.core.facts;

import java.math.BigDecimal;
import java.time.Instant;

public record ExtraCharge(ChargeKind kind, BigDecimal amount, Instant at) {
    public ExtraCharge {
        Require.present(kind, "kind");
        amount = Require.money(amount, "amount");
    }
}
