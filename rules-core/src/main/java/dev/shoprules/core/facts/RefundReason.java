package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The reason the buyer chose. {@link #NO_REASON} covers 7天无理由, 不想要了 and 拍错了. {@link #LATE_SHIPMENT} and
 * {@link #OUT_OF_STOCK} also count as a complaint of that kind for the late-shipment and out-of-stock payouts.
 */
@API(status = STABLE, since = "0.1")
public enum RefundReason {
    NO_REASON,
    QUALITY,
    NOT_AS_DESCRIBED,
    /** The seller sent the wrong goods (发错商品). */
    WRONG_ITEM,
    DAMAGED_IN_TRANSIT,
    FAKE,
    LATE_SHIPMENT,
    OUT_OF_STOCK,
    NOT_RECEIVED,
    INVOICE,
    /** 协商一致: buyer and seller agreed on the refund. */
    AGREED,
    OTHER;

    /** Reasons where the goods or the seller's handling are at fault (the seller pays the return postage). */
    public boolean sellerAtFault() {
        return this == WRONG_ITEM || this == QUALITY || this == NOT_AS_DESCRIBED || this == FAKE;
    }
}
