package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.Complaint;
import dev.shoprules.core.facts.ExtraCharge;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.PromiseKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A broken promise the shop can still be held to: every broken {@link PromiseCheck} of one kind about one order
 * (a promise repeated in the listing and in chat is one breach), within the complaint window. The window
 * closes {@code complaintWindow} after the trade succeeds ({@link TradeSuccess}); before success it is open.
 * A breach whose window has closed with no {@link #COMPLAINT_KIND} complaint filed in it can no longer be
 * punished and yields no breach. A complaint with no filing time counts as filed in time.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record PromiseBreach(
        Order order,
        PromiseKind kind,
        List<PromiseCheck> broken,
        Instant tradeSuccessAt,
        Instant windowClosesAt,
        Complaint complaint) {

    public static final String COMPLAINT_KIND = "BREACH_OF_PROMISE";

    public PromiseBreach {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(kind, "kind");
        broken = List.copyOf(broken);
        if (broken.isEmpty()) {
            throw new IllegalArgumentException("broken: a breach needs at least one broken promise");
        }
    }

    /**
     * The breach of the broken promises {@code checks} of one order and kind, or null if none is broken or the
     * complaint window closed before {@code asOf} with no complaint filed in it.
     *
     * @param success the order's trade success, null if the trade has not succeeded (window still open)
     */
    public static PromiseBreach of(List<?> checks, TradeSuccess success, Duration complaintWindow,
                                   List<?> complaints, Instant asOf) {
        List<PromiseCheck> broken = checks.stream().map(PromiseCheck.class::cast).filter(PromiseCheck::broken)
                .sorted(PromiseCheck.FIRST_MADE).toList();
        if (broken.isEmpty()) {
            return null;
        }
        Order order = broken.get(0).order();
        PromiseKind kind = broken.get(0).kind();
        if (broken.stream().anyMatch(c -> !c.orderId().equals(order.id()) || c.kind() != kind)) {
            throw new IllegalArgumentException("checks: all must be of one order and one kind");
        }
        Instant closes = success == null ? null : success.plus(complaintWindow);
        Complaint inTime = complaints.stream().map(Complaint.class::cast)
                .filter(c -> c.orderId().equals(order.id()) && COMPLAINT_KIND.equals(c.kind()))
                .filter(c -> closes == null || c.filedAt() == null || !c.filedAt().isAfter(closes))
                .min(Comparator.comparing(Complaint::filedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Complaint::upheld, Comparator.reverseOrder()))
                .orElse(null);
        if (inTime == null && closes != null && asOf.isAfter(closes)) {
            return null;
        }
        return new PromiseBreach(order, kind, broken, success == null ? null : success.at(), closes, inTime);
    }

    public String orderId() {
        return order.id();
    }

    /** The earliest broken promise: the one the reason cites. */
    public PromiseCheck first() {
        return broken.get(0);
    }

    /** When the first broken promise was made. */
    public Instant promisedAt() {
        return first().promisedAt();
    }

    /** Every extra charge that broke one of the promises. */
    public List<ExtraCharge> charges() {
        List<ExtraCharge> all = new ArrayList<>();
        broken.forEach(c -> c.charges().stream().filter(x -> !all.contains(x)).forEach(all::add));
        return all;
    }

    /** Whether {@code charge} is one of the extra charges that broke these promises (so it is counted here). */
    public boolean covers(ExtraCharge charge) {
        return broken.stream().anyMatch(c -> c.charges().contains(charge));
    }

    /**
     * Whether this breach already counts everything wrong with {@code invoice}: it is the breach of an invoice
     * promise, or the invoice's only problem is postage/tax charged through extra charges this breach counts.
     */
    public boolean covers(InvoiceCheck invoice) {
        if (!invoice.orderId().equals(order.id())) {
            return false;
        }
        if (kind == PromiseKind.INVOICE) {
            return true;
        }
        return invoice.problems().equals(java.util.Set.of(InvoiceCheck.Problem.CHARGED_TO_BUYER))
                && invoice.chargedToBuyer().signum() == 0
                && invoice.invoiceCharges().stream().allMatch(this::covers);
    }

    public boolean complained() {
        return complaint != null;
    }

    public String reason() {
        String more = broken.size() > 1 ? "（同一承诺共 " + broken.size() + " 处）" : "";
        return "违背承诺：" + first().reason() + more;
    }

    /** The facts behind the decision, for the verdict's evidence. */
    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>(first().evidence());
        if (broken.size() > 1) {
            e.put("promiseSources", broken.stream().map(c -> c.promise().source().name()).toList());
        }
        e.put("tradeSuccessAt", tradeSuccessAt);
        e.put("complaintWindowClosesAt", windowClosesAt);
        e.put("complaintFiled", complaint != null);
        if (complaint != null) {
            e.put("complaintFiledAt", complaint.filedAt());
            e.put("complaintUpheld", complaint.upheld());
        }
        return e;
    }
}
