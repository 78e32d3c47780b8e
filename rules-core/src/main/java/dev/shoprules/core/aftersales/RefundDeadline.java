package dev.shoprules.core.aftersales;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.verdict.AdvisoryKind;
import dev.shoprules.core.verdict.RefundStep;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One deadline of a refund request and what the platform does when it passes (RULES.md "After-sales",
 * refund-timers). Like every deadline here it is inclusive: acting exactly at {@code due} is in time, one second
 * later it is missed.
 *
 * @param kind what must happen
 * @param start when the clock started
 * @param due the last instant in time
 * @param consequence what the platform does when it is missed
 * @param doneAt when it was done (null if not done in time)
 * @param figure the name of the refund-timers figure that set its length (the advisory's confidence is that figure's)
 * @param unknown whether the facts cannot say if it was met: it hangs on the time of an answer or a refund that the
 *                caller does not know ({@code sellerResponse.at: null}, a refund without {@code refundedAt}). Such a
 *                deadline is neither met, missed nor open; the verdict lists it as not judged.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record RefundDeadline(Kind kind, Instant start, Instant due, Consequence consequence, Instant doneAt,
                             String figure, boolean unknown) {

    public RefundDeadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(consequence, "consequence");
        if (doneAt != null && doneAt.isAfter(due)) {
            throw new IllegalArgumentException("doneAt: after the deadline; a late act is a missed deadline");
        }
        if (unknown && doneAt != null) {
            throw new IllegalArgumentException("unknown: a deadline done at a known instant is judged");
        }
    }

    /** A deadline the facts judge: met at {@code doneAt}, or not (yet) met. */
    public RefundDeadline(Kind kind, Instant start, Instant due, Consequence consequence, Instant doneAt, String figure) {
        this(kind, start, due, consequence, doneAt, figure, false);
    }

    /** Where a deadline stands at an instant. */
    public enum Outcome { MET, MISSED, OPEN, UNKNOWN }

    /** What a request waits for. */
    public enum Kind {
        /** The seller answers the request (同意 / 拒绝). */
        SELLER_RESPONSE(true, AdvisoryKind.REFUND_RESPONSE, "卖家处理退款申请"),
        /** The buyer sends the return parcel after agreement. */
        BUYER_RETURN(false, AdvisoryKind.RETURN_SHIPMENT, "买家寄回退货"),
        /** The seller confirms receipt of the return parcel. */
        SELLER_RECEIPT(true, AdvisoryKind.RETURN_RECEIPT, "卖家确认收到退货");

        private final boolean shops;
        private final AdvisoryKind advisory;
        private final String chinese;

        Kind(boolean shops, AdvisoryKind advisory, String chinese) {
            this.shops = shops;
            this.advisory = advisory;
            this.chinese = chinese;
        }

        /** Whether the shop must act (a missed one is the shop's fault, not the buyer's). */
        public boolean shops() {
            return shops;
        }

        public AdvisoryKind advisory() {
            return advisory;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** What the platform does when a deadline passes. */
    public enum Consequence {
        AUTO_REFUND("系统自动退款给买家"),
        AUTO_AGREE_REFUND("系统自动达成退款协议，退款给买家"),
        AUTO_AGREE_RETURN("系统自动同意退货，买家可寄回商品"),
        CLOSED("退款申请关闭"),
        AUTO_CONFIRM_EXCHANGE("系统自动确认收到退货，卖家须发出换货");

        private final String chinese;

        Consequence(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }

        /** Whether the buyer's money is due when this happens. */
        public boolean refunds() {
            return this == AUTO_REFUND || this == AUTO_AGREE_REFUND;
        }
    }

    public boolean done() {
        return doneAt != null;
    }

    /** Missed at {@code asOf}: not done in time, and {@code asOf} is past the due instant; never when unknown. */
    public boolean missed(Instant asOf) {
        return !unknown && doneAt == null && asOf.isAfter(due);
    }

    /** Still open at {@code asOf}: not done, and not yet past due; never when unknown. */
    public boolean open(Instant asOf) {
        return !unknown && doneAt == null && !asOf.isAfter(due);
    }

    public Outcome outcome(Instant asOf) {
        return unknown ? Outcome.UNKNOWN : done() ? Outcome.MET : missed(asOf) ? Outcome.MISSED : Outcome.OPEN;
    }

    /** The same deadline, its outcome unknown (it hangs on an instant the caller does not know). */
    RefundDeadline asUnknown() {
        return new RefundDeadline(kind, start, due, consequence, null, figure, true);
    }

    /** The verdict's {@code next}. */
    public RefundStep step() {
        return new RefundStep(kind.name(), due, consequence.chinese());
    }

    /** One line of the assessment's evidence: the deadline, its outcome at {@code asOf} and when it was met. */
    public Map<String, Object> evidence(Instant asOf) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kind", kind.name());
        e.put("due", Times.iso(due));
        e.put("consequence", consequence.chinese());
        e.put("outcome", outcome(asOf).name());
        if (doneAt != null) {
            e.put("at", Times.iso(doneAt));
        }
        return e;
    }
}
