package dev.shoprules.core.aftersales;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Complaint;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundReason;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A refund requested for late shipment or for want of stock is the buyer's complaint of that kind (RULES.md
 * "After-sales", seed, Tmall: "买家申请退款选择“未按约定时间发货/延迟发货/缺货”卖家会扣多少金额 当笔金额的30%").
 * The engine derives one {@link Complaint} per such request, filed when the refund was requested and counted as
 * upheld: the payout rules pay only when their own facts confirm the late shipment or the missing stock, so the
 * complaint is upheld exactly when the facts bear it out, and a request the facts do not bear out costs nothing.
 * Derived in one place, as {@link dev.shoprules.core.rules.Handover} is, so every pack counts it alike.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public final class RefundComplaints {
    private RefundComplaints() {}

    /** The complaints the case's refund requests amount to, in case order. */
    public static List<Complaint> of(CaseFacts c) {
        List<Complaint> complaints = new ArrayList<>();
        for (Refund r : c.refunds()) {
            if (r.reason() == RefundReason.LATE_SHIPMENT || r.reason() == RefundReason.OUT_OF_STOCK) {
                complaints.add(new Complaint(r.orderId(), r.reason().name(), r.requestedAt(), true));
            }
        }
        return complaints;
    }
}
