package dev.shoprules.core.aftersales;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.rules.RuleVersion;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The figures of the after-sales model, read from a pack's rule versions, so the model itself is plain Java that
 * properties can drive with any figures.
 *
 * @param unshippedRefundOnlyResponse seller's time to answer a 仅退款 request on an order not yet shipped
 * @param response seller's time to answer any other request
 * @param buyerReturn buyer's time to send the return after agreement
 * @param receipt seller's time to confirm receipt of the return parcel
 * @param postalReceipt the same, for a return by ordinary post (平邮)
 * @param freightInsurance how long after the order's shipment a return is covered by 运费险
 * @param noReasonReturn length of the 7-day no-reason window (7 × 24 h)
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record AfterSalesFigures(
        Duration unshippedRefundOnlyResponse,
        Duration response,
        Duration buyerReturn,
        Duration receipt,
        Duration postalReceipt,
        Duration freightInsurance,
        Duration noReasonReturn) {

    public AfterSalesFigures {
        positive(unshippedRefundOnlyResponse, "unshippedRefundOnlyResponse");
        positive(response, "response");
        positive(buyerReturn, "buyerReturn");
        positive(receipt, "receipt");
        positive(postalReceipt, "postalReceipt");
        positive(freightInsurance, "freightInsurance");
        positive(noReasonReturn, "noReasonReturn");
    }

    /**
     * The figures of a pack's {@code REFUND-TIMERS} ({@code unshippedRefundOnlyResponseHours}, {@code responseDays},
     * {@code buyerReturnDays}, {@code receiptDays}, {@code postalReceiptDays}), {@code REFUND-AMOUNT}
     * ({@code freightInsuranceDays}) and {@code NO-REASON-RETURN} ({@code days}) versions.
     */
    public static AfterSalesFigures of(RuleVersion timers, RuleVersion amount, RuleVersion noReason) {
        return new AfterSalesFigures(timers.hours(UNSHIPPED_REFUND_ONLY_RESPONSE), timers.days(RESPONSE),
                timers.days(BUYER_RETURN), timers.days(RECEIPT), timers.days(POSTAL_RECEIPT),
                amount.days("freightInsuranceDays"), noReason.days("days"));
    }

    /** Names of the refund-timers figures, as {@link #of} reads them. */
    static final String UNSHIPPED_REFUND_ONLY_RESPONSE = "unshippedRefundOnlyResponseHours";
    static final String RESPONSE = "responseDays";
    static final String BUYER_RETURN = "buyerReturnDays";
    static final String RECEIPT = "receiptDays";
    static final String POSTAL_RECEIPT = "postalReceiptDays";

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + ": must be positive, was " + d);
        }
    }
}
