package dev.shoprules.core.verdict;

/**
 * How a payout reaches the buyer. One Tmall point is worth 0.01 yuan. {@link #REFUND} is not a payout but money of
 * the buyer's own returned to their payment method (a refund still owed); verdict totals keep it apart.
 */
public enum CompensationForm {
    CASH, TMALL_POINTS, RED_PACKET, VOUCHER, REFUND;

    /** Whether this is a payout (赔付) rather than the buyer's own money coming back. */
    public boolean payout() {
        return this != REFUND;
    }
}
