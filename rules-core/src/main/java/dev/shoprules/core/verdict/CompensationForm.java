package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a payout reaches the buyer. One Tmall point is worth 0.01 yuan. {@link #REFUND} is not a payout but money of
 * the buyer's own returned to their payment method (a refund still owed); verdict totals keep it apart.
 */
@API(status = STABLE, since = "0.1")
public enum CompensationForm {
    CASH, TMALL_POINTS, RED_PACKET, VOUCHER, REFUND;

    /** Whether this is a payout (赔付) rather than the buyer's own money coming back. */
    public boolean payout() {
        return this != REFUND;
    }
}
