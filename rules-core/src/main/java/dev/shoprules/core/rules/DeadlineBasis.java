package dev.shoprules.core.rules;

/** What a ship deadline was counted from. */
public enum DeadlineBasis {
    /** {@code agreedShipBy}: agreed with the buyer, or set by presale/custom terms. */
    AGREED,
    /** Payment time plus the platform's hours. */
    PAYMENT,
    /** PDD group completion (成团) plus the platform's hours. */
    GROUPING
}
