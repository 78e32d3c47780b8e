package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.Instant;
import org.apiguardian.api.API;

@API(status = STABLE, since = "0.1")
public record ExtraCharge(ChargeKind kind, BigDecimal amount, Instant at) {
    public ExtraCharge {
        Require.present(kind, "kind");
        amount = Require.money(amount, "amount");
    }
}
