package dev.shoprules.bench;

import dev.shoprules.core.chat.ChatReader;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.ChargeKind;
import dev.shoprules.core.facts.Complaint;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.PromiseKind;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.rules.Handover;
import dev.shoprules.core.rules.InvoiceCheck;
import dev.shoprules.core.rules.PromiseBreach;
import dev.shoprules.core.rules.PromiseCheck;
import dev.shoprules.core.rules.TradeSuccess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline: Tmall's late-shipment, breach-of-promise and invoice decisions written by hand in plain Java with
 * the pack's default figures, as a shop system might hard-code them. It calls the same core definitions the DRL
 * calls (what "shipped", "promise kept", "invoice correct" and "a promise in chat" mean), so the engine/baseline ratio measures what
 * the rule engine adds: matching, effective-dated versions, parameters, audit trail, masking and sorting.
 * {@code BaselineAgreesTest} checks that it decides as the engine does.
 */
public final class HandWrittenTmall {
    private static final Duration SHIP_WITHIN = Duration.ofHours(48);
    private static final BigDecimal RATE = new BigDecimal("0.30");
    private static final BigDecimal CAP = new BigDecimal("500.00");
    private static final Duration AUTO_CONFIRM = Duration.ofDays(10);
    private static final Duration POSTAL_AUTO_CONFIRM = Duration.ofDays(30);
    private static final Duration COMPLAINT_WINDOW = Duration.ofDays(15);
    private static final Set<ChargeKind> FREE_SHIPPING_BREAKERS =
            EnumSet.of(ChargeKind.SHIPPING_SURCHARGE, ChargeKind.CREDIT_CARD_FEE);

    /** One decision: a rule, the order, and for a late-shipment payout its amount and whether it is owed. */
    public record Decision(String ruleId, String orderId, BigDecimal amount, boolean owed) {}

    private HandWrittenTmall() {}

    public static List<Decision> decide(CaseFacts c) {
        List<Decision> out = new ArrayList<>(4);
        // Promises typed in chat bind like listed ones; core's chat reader finds them, as it does for the engine.
        List<Promise> promises = new ArrayList<>(c.promises());
        promises.addAll(ChatReader.read(c).promises());
        for (Order o : c.orders()) {
            List<Shipment> shipments = new ArrayList<>(2);
            Shipment first = null;
            for (Shipment s : c.shipments()) {
                if (s.orderId().equals(o.id())) {
                    shipments.add(s);
                    if (first == null || s.handedOverAt().isBefore(first.handedOverAt())) {
                        first = s;
                    }
                }
            }
            List<Invoice> invoices = new ArrayList<>(1);
            for (Invoice i : c.invoices()) {
                if (i.orderId().equals(o.id())) {
                    invoices.add(i);
                }
            }
            lateShipment(c, o, first, out);
            List<PromiseBreach> breaches = breaches(c, promises, o, first, shipments, invoices);
            for (PromiseBreach b : breaches) {
                out.add(new Decision("TMALL-BREACH-OF-PROMISE", o.id(), null, false));
            }
            for (Invoice i : invoices) {
                InvoiceCheck check = InvoiceCheck.of(i, o);
                if (!check.ok() && breaches.stream().noneMatch(b -> b.covers(check))) {
                    out.add(new Decision("TMALL-INVOICE", o.id(), null, false));
                }
            }
        }
        return out;
    }

    private static void lateShipment(CaseFacts c, Order o, Shipment first, List<Decision> out) {
        if (o.paidAt() == null) {
            return;
        }
        Instant due = o.agreedShipBy() != null ? o.agreedShipBy() : o.paidAt().plus(SHIP_WITHIN);
        boolean late = first != null ? first.handedOverAt().isAfter(due)
                : c.asOf().isAfter(due) && !o.closedBy(due);
        if (!late) {
            return;
        }
        boolean owed = false;
        // A refund asked for because of late shipment is that complaint too (the engine's RefundComplaints).
        for (Complaint k : c.complaints()) {
            owed |= k.orderId().equals(o.id()) && k.kind().equals("LATE_SHIPMENT") && k.upheld();
        }
        for (dev.shoprules.core.facts.Refund r : c.refunds()) {
            owed |= r.orderId().equals(o.id()) && r.reason() == dev.shoprules.core.facts.RefundReason.LATE_SHIPMENT;
        }
        BigDecimal amount = o.paidAmount().multiply(RATE).setScale(2, RoundingMode.HALF_UP).min(CAP);
        out.add(new Decision("TMALL-LATE-SHIPMENT", o.id(), amount, owed));
    }

    private static List<PromiseBreach> breaches(CaseFacts c, List<Promise> promises, Order o, Shipment first,
                                                List<Shipment> shipments, List<Invoice> invoices) {
        TradeSuccess success = null;
        if (first != null) {
            TradeSuccess t = TradeSuccess.of(o, new Handover(o.id(), first.handedOverAt(), first), AUTO_CONFIRM,
                    POSTAL_AUTO_CONFIRM);
            success = t != null && !o.closedBy(t.at()) ? t : null;
        }
        List<PromiseBreach> breaches = new ArrayList<>(1);
        for (PromiseKind kind : PromiseKind.values()) {
            List<PromiseCheck> checks = new ArrayList<>(1);
            for (Promise p : promises) {
                if (p.orderId().equals(o.id()) && p.kind() == kind) {
                    checks.add(PromiseCheck.judge(p, o, shipments, invoices, c.asOf(), FREE_SHIPPING_BREAKERS));
                }
            }
            PromiseBreach b = checks.isEmpty() ? null
                    : PromiseBreach.of(checks, success, COMPLAINT_WINDOW, c.complaints(), c.asOf());
            if (b != null) {
                breaches.add(b);
            }
        }
        return breaches;
    }
}
