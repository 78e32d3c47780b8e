package dev.shoprules.bench;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Complaint;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Shipment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: Tmall's late-shipment decision written by hand in plain Java with the pack's default figures,
 * as a shop system might hard-code it. No versions, no parameters, no audit trail, no masking: it is the floor
 * the engine's cost is measured against, and a test checks it decides the same as the engine.
 */
public final class HandWrittenTmall {
    private static final Duration SHIP_WITHIN = Duration.ofHours(48);
    private static final BigDecimal RATE = new BigDecimal("0.30");
    private static final BigDecimal CAP = new BigDecimal("500.00");

    /** One decision: a rule id, the order, the payout and whether it is owed. */
    public record Decision(String ruleId, String orderId, BigDecimal amount, boolean owed) {}

    private HandWrittenTmall() {}

    public static List<Decision> decide(CaseFacts c) {
        List<Decision> out = new ArrayList<>(2);
        for (Order o : c.orders()) {
            if (o.paidAt() == null) {
                continue;
            }
            Instant due = o.agreedShipBy() != null ? o.agreedShipBy() : o.paidAt().plus(SHIP_WITHIN);
            Instant shipped = null;
            for (Shipment s : c.shipments()) {
                if (s.orderId().equals(o.id())) {
                    Instant at = s.pickedUpAt() != null ? s.pickedUpAt() : s.shippedAt();
                    if (shipped == null || at.isBefore(shipped)) {
                        shipped = at;
                    }
                }
            }
            boolean late = shipped != null ? shipped.isAfter(due)
                    : c.asOf().isAfter(due) && (o.closedAt() == null || o.closedAt().isAfter(due));
            if (!late) {
                continue;
            }
            boolean owed = false;
            for (Complaint k : c.complaints()) {
                owed |= k.orderId().equals(o.id()) && k.kind().equals("LATE_SHIPMENT") && k.upheld();
            }
            BigDecimal amount = o.paidAmount().multiply(RATE).setScale(2, RoundingMode.HALF_UP).min(CAP);
            out.add(new Decision("TMALL-LATE-SHIPMENT", o.id(), amount, owed));
        }
        return out;
    }
}
