package dev.shoprules.whatif;

import static dev.shoprules.whatif.ShiftableField.*;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.Complaint;
import dev.shoprules.core.facts.ExtraCharge;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Message;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundDecision;
import dev.shoprules.core.facts.ReturnShipment;
import dev.shoprules.core.facts.SellerResponse;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.TrackingEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * A set of {@link FactShift}s, at most one per field, applied to whole cases. Applying rebuilds only the lists
 * that hold a shifted field; everything else is shared with the original case, which is never changed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FactShifts {
    private static final FactShifts NONE = new FactShifts(new EnumMap<>(ShiftableField.class));

    private final Map<ShiftableField, Duration> by;

    private FactShifts(EnumMap<ShiftableField, Duration> by) {
        this.by = Collections.unmodifiableMap(by);
    }

    public static FactShifts none() {
        return NONE;
    }

    /** @throws IllegalArgumentException if a field is shifted twice (ambiguous: say the sum once) */
    public static FactShifts of(List<FactShift> shifts) {
        EnumMap<ShiftableField, Duration> by = new EnumMap<>(ShiftableField.class);
        for (FactShift s : shifts) {
            if (s.field() == ShiftableField.REFUND_ANSWERED_WITHIN && (s.by().isNegative() || s.by().isZero())) {
                throw new IllegalArgumentException("shift: refunds.answeredWithin is a time after the request, e.g. "
                        + "refunds.answeredWithin=24h; " + s + " is not");
            }
            if (by.putIfAbsent(s.field(), s.by()) != null) {
                throw new IllegalArgumentException("shift: " + s.field().path() + " is shifted twice; give it once");
            }
        }
        return by.isEmpty() ? NONE : new FactShifts(by);
    }

    public boolean isEmpty() {
        return by.isEmpty();
    }

    /** The shifts, in field order. */
    public List<FactShift> shifts() {
        return by.entrySet().stream().map(e -> new FactShift(e.getKey(), e.getValue())).toList();
    }

    /** The case with every shifted instant moved. */
    public CaseFacts apply(CaseFacts c) {
        if (by.isEmpty()) {
            return c;
        }
        return new CaseFacts(c.caseId(), c.platform(), at(AS_OF, c.asOf()), c.shop(), c.ledger(),
                map(c.orders(), this::order, ORDER_CREATED_AT, ORDER_PAID_AT, ORDER_GROUPED_AT, ORDER_AGREED_SHIP_BY,
                        ORDER_CLOSED_AT, EXTRA_CHARGE_AT),
                map(c.promises(), p -> new Promise(p.orderId(), p.kind(), p.value(), at(PROMISE_MADE_AT, p.madeAt()),
                        p.source(), p.chatId(), p.messageIndex()), PROMISE_MADE_AT),
                map(c.shipments(), this::shipment, SHIPMENT_SHIPPED_AT, SHIPMENT_PICKED_UP_AT, SHIPMENT_SIGNED_AT,
                        TRACKING_EVENT_AT),
                map(c.invoices(), v -> new Invoice(v.orderId(), at(INVOICE_REQUESTED_AT, v.requestedAt()),
                        at(INVOICE_ISSUED_AT, v.issuedAt()), v.amount(), v.chargedToBuyer(), v.refused()),
                        INVOICE_REQUESTED_AT, INVOICE_ISSUED_AT),
                map(c.chats(), chat -> new Chat(chat.id(), chat.account(), chat.orderIds(),
                        map(chat.messages(), m -> new Message(m.from(), m.agentId(), at(MESSAGE_AT, m.at()), m.text()),
                                MESSAGE_AT)), MESSAGE_AT),
                map(c.complaints(), k -> new Complaint(k.orderId(), k.kind(), at(COMPLAINT_FILED_AT, k.filedAt()),
                        k.upheld()), COMPLAINT_FILED_AT),
                map(c.refunds(), r -> refund(r, at(AS_OF, c.asOf())), REFUND_REQUESTED_AT, REFUND_RESPONSE_AT,
                        RETURN_SHIPPED_AT, RETURN_RECEIVED_AT, REFUNDED_AT, REFUND_ANSWERED_WITHIN));
    }

    /**
     * A refund request with its instants moved, none before the request (nor the parcel's receipt before its
     * sending), and, under {@code refunds.answeredWithin}, the seller's answer no later than that after the request.
     */
    private Refund refund(Refund r, Instant asOf) {
        Instant asked = at(REFUND_REQUESTED_AT, r.requestedAt());
        SellerResponse answer = r.sellerResponse();
        if (answer != null && answer.timeKnown()) {
            answer = new SellerResponse(answer.decision(), notBefore(at(REFUND_RESPONSE_AT, answer.at()), asked),
                    answer.note());
        }
        Duration within = by.get(REFUND_ANSWERED_WITHIN);
        if (within != null) {
            Instant latest = asked.plus(within);
            if (answer != null && answer.timeKnown() && answer.at().isAfter(latest)) {
                answer = new SellerResponse(answer.decision(), latest, answer.note());
            } else if (answer == null && !latest.isAfter(asOf)) {
                // An answer the seller never gave: agreeing is what the platform would have done at the deadline.
                answer = new SellerResponse(RefundDecision.AGREED, latest, null);
            }
        }
        ReturnShipment parcel = r.returnShipment();
        if (parcel != null) {
            Instant sent = at(RETURN_SHIPPED_AT, parcel.shippedAt());
            parcel = new ReturnShipment(parcel.carrier(), parcel.trackingNo(), sent,
                    notBefore(at(RETURN_RECEIVED_AT, parcel.receivedAt()), sent), parcel.fee(), parcel.trackingNoValid());
        }
        return new Refund(r.id(), r.orderId(), r.kind(), r.reason(), asked, r.amount(), r.items(), r.resaleable(), answer,
                parcel, notBefore(at(REFUNDED_AT, r.refundedAt()), asked), r.refundedAmount(), r.channel(),
                r.intervention());
    }

    private static Instant notBefore(Instant instant, Instant floor) {
        return instant == null || !instant.isBefore(floor) ? instant : floor;
    }

    private Order order(Order o) {
        return new Order(o.id(), o.buyerId(), at(ORDER_CREATED_AT, o.createdAt()), at(ORDER_PAID_AT, o.paidAt()),
                at(ORDER_GROUPED_AT, o.groupedAt()), o.items(), o.shippingFee(), o.paidAmount(), o.paymentMethod(),
                at(ORDER_AGREED_SHIP_BY, o.agreedShipBy()), o.presale(), o.receiver(),
                map(o.extraCharges(), x -> new ExtraCharge(x.kind(), x.amount(), at(EXTRA_CHARGE_AT, x.at())),
                        EXTRA_CHARGE_AT),
                o.closedBy(), at(ORDER_CLOSED_AT, o.closedAt()), o.closeReason(), o.freightInsurance());
    }

    private Shipment shipment(Shipment s) {
        return new Shipment(s.orderId(), s.carrier(), s.trackingNo(), at(SHIPMENT_SHIPPED_AT, s.shippedAt()),
                at(SHIPMENT_PICKED_UP_AT, s.pickedUpAt()), at(SHIPMENT_SIGNED_AT, s.signedAt()),
                map(s.trackingEvents(), e -> new TrackingEvent(at(TRACKING_EVENT_AT, e.at()), e.province()),
                        TRACKING_EVENT_AT),
                s.giftsIncluded(), s.trackingKnown());
    }

    private Instant at(ShiftableField field, Instant instant) {
        Duration d = by.get(field);
        return instant == null || d == null ? instant : instant.plus(d);
    }

    /** The list rebuilt when one of {@code fields} is shifted, else the same list. */
    private <T> List<T> map(List<T> list, UnaryOperator<T> rebuild, ShiftableField... fields) {
        if (list.isEmpty()) {
            return list;
        }
        for (ShiftableField f : fields) {
            if (by.containsKey(f)) {
                return list.stream().map(rebuild).toList();
            }
        }
        return list;
    }

    @Override
    public String toString() {
        return shifts().toString();
    }
}
