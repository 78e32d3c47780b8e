package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/** Money in yuan: BigDecimal, rounded HALF_UP to 2 decimals. */
@API(status = STABLE, since = "0.1")
public final class Money {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {}

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }
}
