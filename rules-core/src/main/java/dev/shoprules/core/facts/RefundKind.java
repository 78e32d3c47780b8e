package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What the buyer asks for: 仅退款, 退货退款 or 换货. */
@API(status = STABLE, since = "0.1")
public enum RefundKind {
    /** 仅退款: money back, nothing returned. */
    REFUND_ONLY,
    /** 退货退款: the goods go back, then the money. */
    RETURN_AND_REFUND,
    /** 换货: the goods go back and other goods come; no money changes hands. */
    EXCHANGE;

    /** Whether goods travel back to the seller under this request. */
    public boolean returnsGoods() {
        return this != REFUND_ONLY;
    }
}
