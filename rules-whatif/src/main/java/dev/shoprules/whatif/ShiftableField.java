package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The instants of a case that a what-if scenario may move, named by their JSON path without indexes
 * ({@code shipments.shippedAt} moves the {@code shippedAt} of every shipment). Every instant of the case file is
 * here: the evaluation clock, order, promise, shipment, invoice, chat, complaint and refund times. A missing (null)
 * instant stays missing, and a refund's instants never move before the request they belong to (an answer shifted
 * before its request is given at the request). {@code refunds.answeredWithin} caps the seller's answer instead. Amounts, ids and the instant inside a {@code SHIP_BY} promise's {@code value} text are
 * not shiftable.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ShiftableField {
    AS_OF("asOf"),
    ORDER_CREATED_AT("orders.createdAt"),
    ORDER_PAID_AT("orders.paidAt"),
    ORDER_GROUPED_AT("orders.groupedAt"),
    ORDER_AGREED_SHIP_BY("orders.agreedShipBy"),
    ORDER_CLOSED_AT("orders.closedAt"),
    EXTRA_CHARGE_AT("orders.extraCharges.at"),
    PROMISE_MADE_AT("promises.madeAt"),
    SHIPMENT_SHIPPED_AT("shipments.shippedAt"),
    SHIPMENT_PICKED_UP_AT("shipments.pickedUpAt"),
    SHIPMENT_SIGNED_AT("shipments.signedAt"),
    TRACKING_EVENT_AT("shipments.trackingEvents.at"),
    INVOICE_REQUESTED_AT("invoices.requestedAt"),
    INVOICE_ISSUED_AT("invoices.issuedAt"),
    MESSAGE_AT("chats.messages.at"),
    COMPLAINT_FILED_AT("complaints.filedAt"),
    REFUND_REQUESTED_AT("refunds.requestedAt"),
    REFUND_RESPONSE_AT("refunds.sellerResponse.at"),
    RETURN_SHIPPED_AT("refunds.returnShipment.shippedAt"),
    RETURN_RECEIVED_AT("refunds.returnShipment.receivedAt"),
    REFUNDED_AT("refunds.refundedAt"),
    /**
     * Not a shift but a ceiling: {@code refunds.answeredWithin=24h} answers every refund request at most 24 h after
     * it was made — a later answer comes at the 24th hour with its decision, a missing one agrees then (if that
     * instant is not after {@code asOf}). "What if we answered every refund within 24 h?"
     */
    REFUND_ANSWERED_WITHIN("refunds.answeredWithin");

    private final String path;

    ShiftableField(String path) {
        this.path = path;
    }

    /** The field as written in a shift spec: {@code shipments.shippedAt}. */
    public String path() {
        return path;
    }

    /** The field with this path; the message of a wrong one lists every shiftable path. */
    public static ShiftableField of(String path) {
        for (ShiftableField f : values()) {
            if (f.path.equals(path)) {
                return f;
            }
        }
        throw new IllegalArgumentException("\"" + path + "\" is not a shiftable field (one of " + paths() + ")");
    }

    public static String paths() {
        return Arrays.stream(values()).map(ShiftableField::path).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return path;
    }
}
