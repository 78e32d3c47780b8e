package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A deadline the shop (or buyer) still has ahead of it at {@code asOf}. */
@API(status = STABLE, since = "0.1")
public enum AdvisoryKind {
    SHIP_BY,
    UNPAID_AUTO_CLOSE,
    AUTO_CONFIRM,
    REVIEW_WINDOW,
    SELLER_EXPLANATION,
    FOLLOW_UP_REVIEW,
    NO_REASON_RETURN,
    FREIGHT_INSURANCE,
    AFTER_SALES,
    /** The seller must answer a refund request. */
    REFUND_RESPONSE,
    /** The buyer must send the return parcel after the seller agreed. */
    RETURN_SHIPMENT,
    /** The seller must confirm receipt of the return parcel. */
    RETURN_RECEIPT
}
