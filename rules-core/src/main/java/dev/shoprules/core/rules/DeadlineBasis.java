package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** What a ship deadline was counted from. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public enum DeadlineBasis {
    /** {@code agreedShipBy}: agreed with the buyer, or set by presale/custom terms. */
    AGREED,
    /** Payment time plus the platform's hours. */
    PAYMENT,
    /** PDD group completion (成团) plus the platform's hours. */
    GROUPING
}
