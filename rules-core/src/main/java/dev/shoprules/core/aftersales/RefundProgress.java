package dev.shoprules.core.aftersales;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Intervention;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundDecision;
import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.facts.RefundReason;
import dev.shoprules.core.facts.ReturnShipment;
import dev.shoprules.core.facts.SellerResponse;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.Advisory;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.CompensationStatus;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Money;
import dev.shoprules.core.verdict.NotJudged;
import dev.shoprules.core.verdict.RefundAssessment;
import dev.shoprules.core.verdict.RefundStatus;
import dev.shoprules.core.verdict.RefundStep;
import dev.shoprules.core.verdict.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where one refund request stands at {@code asOf}: its entitlement, the return postage's payer, the 7-day window,
 * its deadlines in the order they run, its status and the money the shop still owes on it. One instance per
 * request; the shared after-sales rules of every pack read it.
 * <p>
 * The flow (淘宝/天猫/拼多多 退款流程, RULES.md refund-timers):
 * <ol>
 *   <li>The seller answers by {@code SELLER_RESPONSE}: 48 h for 仅退款 on an order not shipped when asked, else
 *   5 days. Paying the refund is an answer too. Missed, the platform acts: 仅退款 is refunded, a return is agreed
 *   (and runs on from the deadline). An answer after the deadline comes too late to change that.</li>
 *   <li>After agreement a return or exchange waits for the buyer's parcel ({@code BUYER_RETURN}, 7 days); missed,
 *   the request closes.</li>
 *   <li>Then for the seller's confirmation of receipt ({@code SELLER_RECEIPT}, 10 days from the later of sending
 *   and agreement, 30 by 平邮); missed, the platform refunds (an exchange is confirmed for the seller to ship).</li>
 * </ol>
 * The money becomes due when 仅退款 is agreed, when the return is received, when the platform decides for the buyer,
 * when a deadline's consequence is a refund, or when the seller refuses an eligible 7-day no-reason return of goods
 * known to be resaleable. Once refunded, only a shortfall can still be owed.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public final class RefundProgress {

    /** Why money is still owed on a request. */
    public enum Owing {
        NONE(""),
        AGREED("卖家已同意仅退款，应立即退款"),
        RECEIVED("卖家已确认收到退货，应退款"),
        PLATFORM_DECIDED("平台介入判定支持买家，应退款"),
        OVERDUE("卖家逾期未处理，平台将自动退款"),
        REFUSED_NO_REASON("拒绝符合条件的七天无理由退货，应退款"),
        SHORT_REFUND("已退金额少于应退金额，应补退差额");

        private final String chinese;

        Owing(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    private static final Comparator<Refund> BY_REQUEST = Comparator.comparing(Refund::requestedAt)
            .thenComparing(Refund::id);

    private final Refund refund;
    private final Order order;
    private final Instant asOf;
    private final ReturnShippingPayer payer;
    private final RefundEntitlement entitlement;
    private final NoReasonReturnWindow window;
    private final List<RefundDeadline> deadlines;
    private final boolean refused;
    private final boolean refusedUnknownTime;
    private final boolean agreed;
    private final boolean closedForBuyer;
    private final RefundStatus status;
    private final Owing owing;
    private final BigDecimal owed;

    private RefundProgress(Refund refund, Order order, Instant asOf, ReturnShippingPayer payer,
                           RefundEntitlement entitlement, NoReasonReturnWindow window, List<RefundDeadline> deadlines,
                           boolean refused, boolean refusedUnknownTime, boolean agreed, boolean closedForBuyer) {
        this.refund = refund;
        this.order = order;
        this.asOf = asOf;
        this.payer = payer;
        this.entitlement = entitlement;
        this.window = window;
        this.deadlines = List.copyOf(deadlines);
        this.refused = refused;
        this.refusedUnknownTime = refusedUnknownTime;
        this.agreed = agreed;
        this.closedForBuyer = closedForBuyer;
        this.status = decideStatus();
        Owing why = decideOwing();
        BigDecimal money = why == Owing.SHORT_REFUND ? entitlement.amount().subtract(refund.refundedAmount())
                : why == Owing.NONE ? Money.ZERO : entitlement.amount();
        this.owing = money.signum() > 0 ? why : Owing.NONE;
        this.owed = money.signum() > 0 ? Money.of(money) : Money.ZERO;
    }

    /**
     * The progress of {@code refund}.
     *
     * @param shipments the case's shipments (only the order's are read)
     * @param refunds the case's refund requests (only the order's are read: which one is its first return)
     */
    public static RefundProgress of(Refund refund, Order order, Collection<Shipment> shipments,
                                    Collection<Refund> refunds, AfterSalesFigures figures, Instant asOf) {
        Objects.requireNonNull(refund, "refund");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(asOf, "asOf");
        if (!refund.orderId().equals(order.id())) {
            throw new IllegalArgumentException("order: refund " + refund.id() + " is for order " + refund.orderId()
                    + ", not " + order.id());
        }
        Instant shippedAt = null;
        Instant signedAt = null;
        for (Shipment s : shipments) {
            if (s.orderId().equals(order.id())) {
                shippedAt = earliest(shippedAt, s.handedOverAt());
                signedAt = earliest(signedAt, s.signedAt());
            }
        }
        boolean shippedBeforeRequest = shippedAt != null && !shippedAt.isAfter(refund.requestedAt());
        boolean firstReturn = refunds.stream()
                .filter(r -> r.orderId().equals(order.id()) && r.kind().returnsGoods())
                .min(BY_REQUEST).map(r -> r.id().equals(refund.id())).orElse(true);
        ReturnShippingPayer payer = ReturnShippingPayer.of(order, refund, shippedAt, firstReturn,
                figures.freightInsurance(), asOf);
        RefundEntitlement entitlement = RefundEntitlement.of(order, refund, shippedBeforeRequest, payer);
        NoReasonReturnWindow window = NoReasonReturnWindow.of(order, refund, signedAt, figures.noReasonReturn());

        List<RefundDeadline> deadlines = new ArrayList<>(3);
        boolean unshippedRefundOnly = refund.kind() == RefundKind.REFUND_ONLY && !shippedBeforeRequest;
        Instant responseDue = refund.requestedAt()
                .plus(unshippedRefundOnly ? figures.unshippedRefundOnlyResponse() : figures.response());
        SellerResponse response = refund.sellerResponse();
        // Paying the refund answers the request as surely as agreeing to it.
        Instant answeredAt = earliest(response == null ? null : response.at(), refund.refundedAt());
        boolean answeredInTime = answeredAt != null && !answeredAt.isAfter(responseDue);
        // An answer or a payment at a time nobody knows may have come in time or late: unless a known act settles
        // the deadline, it is not judged (unknown is not absent: neither "answered late" nor "never answered").
        boolean answerUnknown = !answeredInTime && refund.timeUnknown();
        RefundDeadline.Consequence unanswered = unshippedRefundOnly ? RefundDeadline.Consequence.AUTO_REFUND
                : refund.kind() == RefundKind.REFUND_ONLY ? RefundDeadline.Consequence.AUTO_AGREE_REFUND
                : RefundDeadline.Consequence.AUTO_AGREE_RETURN;
        RefundDeadline answer = new RefundDeadline(RefundDeadline.Kind.SELLER_RESPONSE, refund.requestedAt(),
                responseDue, unanswered, answeredInTime ? answeredAt : null,
                unshippedRefundOnly ? AfterSalesFigures.UNSHIPPED_REFUND_ONLY_RESPONSE : AfterSalesFigures.RESPONSE,
                answerUnknown);
        deadlines.add(answer);

        Instant agreedAt = null;
        boolean refused = false;
        boolean refusedUnknownTime = false;
        boolean agreedUnknownTime = false;
        if (answeredInTime) {
            boolean paidFirst = refund.refundedAt() != null
                    && (response == null || !response.timeKnown() || refund.refundedAt().isBefore(response.at()));
            if (paidFirst || response.decision() == RefundDecision.AGREED) {
                agreedAt = answeredAt;
            } else {
                refused = true;
            }
        } else if (answerUnknown) {
            // Agreed by the seller in time, or by the platform when the deadline passed: either way the request
            // was agreed between the request and the deadline; so was a request the seller never answered, or
            // refused only after the deadline, and paid at an unknown time. A refusal at an unknown time may have come too late (the platform then agreed), so neither its
            // effect nor a 7-day no-reason refusal can be judged — even when the money went back later: a refusal
            // in time followed by a payment (after intervention, or a change of mind) starts no return flow.
            if (response == null || response.decision() == RefundDecision.AGREED || response.timeKnown()) {
                agreedUnknownTime = true;
            } else {
                refusedUnknownTime = true;
            }
        } else if (answer.missed(asOf)) {
            agreedAt = responseDue;
        }

        boolean closedForBuyer = false;
        if (refund.kind().returnsGoods() && (agreedAt != null || agreedUnknownTime)) {
            ReturnFlow flow;
            if (agreedAt != null) {
                flow = ReturnFlow.of(refund, agreedAt, figures, asOf);
            } else {
                // The buyer's 7 days and the seller's receipt run from the agreement, somewhere between the request
                // and the response deadline. A deadline whose outcome is the same at both ends is judged so (the
                // earlier due is the one shown: the shop is told the soonest it may fall); else it is unknown.
                flow = ReturnFlow.between(ReturnFlow.of(refund, refund.requestedAt(), figures, asOf),
                        ReturnFlow.of(refund, responseDue, figures, asOf), asOf);
            }
            deadlines.addAll(flow.deadlines());
            closedForBuyer = flow.closedForBuyer();
        }
        boolean agreed = (answeredInTime && !refused) || agreedUnknownTime;
        return new RefundProgress(refund, order, asOf, payer, entitlement, window, deadlines, refused, refusedUnknownTime,
                agreed, closedForBuyer);
    }

    /** A return's deadlines after agreement: the buyer sends the parcel, then the seller confirms receipt. */
    private record ReturnFlow(List<RefundDeadline> deadlines, boolean closedForBuyer) {

        static ReturnFlow of(Refund refund, Instant agreedAt, AfterSalesFigures figures, Instant asOf) {
            List<RefundDeadline> out = new ArrayList<>(2);
            ReturnShipment parcel = refund.returnShipment();
            Instant buyerDue = agreedAt.plus(figures.buyerReturn());
            boolean sentInTime = parcel != null && !parcel.shippedAt().isAfter(buyerDue);
            RefundDeadline sending = new RefundDeadline(RefundDeadline.Kind.BUYER_RETURN, agreedAt, buyerDue,
                    RefundDeadline.Consequence.CLOSED, sentInTime ? parcel.shippedAt() : null,
                    AfterSalesFigures.BUYER_RETURN);
            out.add(sending);
            if (sentInTime) {
                Instant start = latest(parcel.shippedAt(), agreedAt);
                Instant receiptDue = start.plus(parcel.postal() ? figures.postalReceipt() : figures.receipt());
                Instant receivedAt = earliest(parcel.receivedAt(), refund.refundedAt());
                boolean receivedInTime = receivedAt != null && !receivedAt.isAfter(receiptDue);
                // A refund paid at an unknown time may have been the seller's confirmation in time.
                boolean unknown = !receivedInTime && refund.refundedAmount() != null && refund.refundedAt() == null;
                out.add(new RefundDeadline(RefundDeadline.Kind.SELLER_RECEIPT, start, receiptDue,
                        refund.kind() == RefundKind.EXCHANGE ? RefundDeadline.Consequence.AUTO_CONFIRM_EXCHANGE
                                : RefundDeadline.Consequence.AUTO_REFUND,
                        receivedInTime ? receivedAt : null,
                        parcel.postal() ? AfterSalesFigures.POSTAL_RECEIPT : AfterSalesFigures.RECEIPT, unknown));
            }
            return new ReturnFlow(out, sending.missed(asOf) && !refund.refunded());
        }

        /**
         * The flow when the agreement came at an unknown instant between {@code early}'s and {@code late}'s: the
         * outcomes only move one way as the agreement moves later, so a deadline with the same outcome at both ends
         * has it in between; the first that differs, and all after it, are unknown.
         */
        static ReturnFlow between(ReturnFlow early, ReturnFlow late, Instant asOf) {
            List<RefundDeadline> out = new ArrayList<>(2);
            for (int i = 0; i < Math.max(early.deadlines.size(), late.deadlines.size()); i++) {
                RefundDeadline a = i < early.deadlines.size() ? early.deadlines.get(i) : null;
                RefundDeadline b = i < late.deadlines.size() ? late.deadlines.get(i) : null;
                if (a != null && b != null && a.outcome(asOf) == b.outcome(asOf)
                        && a.outcome(asOf) != RefundDeadline.Outcome.UNKNOWN) {
                    out.add(a);
                } else {
                    out.add((a != null ? a : b).asUnknown());
                    break;
                }
            }
            return new ReturnFlow(out, early.closedForBuyer && late.closedForBuyer);
        }
    }

    /**
     * The progress as a pack's refund-timers rule computes it: the figures from the pack's three after-sales rule
     * versions, the order's parcels and requests from DRL accumulations (lists of facts).
     */
    public static RefundProgress among(Refund refund, Order order, Collection<?> shipments, Collection<?> refunds,
                                       RuleVersion timers, RuleVersion amount, RuleVersion noReason, Instant asOf) {
        List<Shipment> parcels = new ArrayList<>(shipments.size());
        shipments.forEach(s -> parcels.add((Shipment) s));
        List<Refund> requests = new ArrayList<>(refunds.size());
        refunds.forEach(r -> requests.add((Refund) r));
        return of(refund, order, parcels, requests, AfterSalesFigures.of(timers, amount, noReason), asOf);
    }

    private RefundStatus decideStatus() {
        if (refund.refunded() || refund.intervention() == Intervention.PLATFORM_FOR_SELLER || closedForBuyer) {
            return RefundStatus.SETTLED;
        }
        if (!missedShopDeadlines().isEmpty()) {
            return RefundStatus.OVERDUE;
        }
        if (refund.kind() == RefundKind.EXCHANGE && received()) {
            return RefundStatus.SETTLED;
        }
        return RefundStatus.OPEN;
    }

    private Owing decideOwing() {
        if (status == RefundStatus.SETTLED) {
            return refund.refunded() && refund.refundedAmount() != null
                    && refund.refundedAmount().compareTo(entitlement.amount()) < 0 ? Owing.SHORT_REFUND : Owing.NONE;
        }
        if (refusedNoReasonReturn()) {
            return Owing.REFUSED_NO_REASON;
        }
        if (refund.intervention() == Intervention.PLATFORM_FOR_BUYER) {
            return Owing.PLATFORM_DECIDED;
        }
        if (missedShopDeadlines().stream().anyMatch(d -> d.consequence().refunds())) {
            return Owing.OVERDUE;
        }
        if (refund.kind() == RefundKind.REFUND_ONLY && agreed) {
            return Owing.AGREED;
        }
        if (refund.kind().returnsGoods() && received()) {
            return Owing.RECEIVED;
        }
        return Owing.NONE;
    }

    private boolean received() {
        return deadlines.stream().anyMatch(d -> d.kind() == RefundDeadline.Kind.SELLER_RECEIPT && d.done());
    }

    /**
     * Whether the seller, in time, refused a 7-day no-reason return that the window covers, of goods known to be
     * resaleable, and the platform did not side with the seller. An unknown {@code resaleable} is not enough: the
     * refusal may rest on goods the buyer spoiled.
     */
    public boolean refusedNoReasonReturn() {
        return refused && refund.reason() == RefundReason.NO_REASON && window.eligible() && window.resaleableKnown()
                && refund.intervention() != Intervention.PLATFORM_FOR_SELLER;
    }

    /** The shop's deadlines that passed undone by {@code asOf}. */
    public List<RefundDeadline> missedShopDeadlines() {
        return deadlines.stream().filter(d -> d.kind().shops() && d.missed(asOf)).toList();
    }

    /** Whether the buyer got back less than the entitlement (the refunded amount is known). */
    public boolean shortRefund() {
        return refund.refunded() && refund.refundedAmount() != null
                && refund.refundedAmount().compareTo(entitlement.amount()) < 0;
    }

    /** The deadline still open at {@code asOf}, or null (none, or the request is settled). */
    public RefundDeadline next() {
        if (status == RefundStatus.SETTLED) {
            return null;
        }
        return deadlines.stream().filter(d -> d.open(asOf)).findFirst().orElse(null);
    }

    /** The advisory of the next deadline (see {@link #next()}), with the confidence of the figure that set it. */
    public Advisory advisory(RuleVersion timers) {
        RefundDeadline d = Objects.requireNonNull(next(), "next");
        return Advisory.of(timers).figures(d.figure()).order(order.id()).kind(d.kind().advisory()).due(d.due())
                .message("退款申请 " + refund.id() + "：" + d.kind().chinese() + "，截止 " + Times.show(d.due())
                        + "（剩余 " + Times.show(Duration.between(asOf, d.due())) + "）；逾期将" + d.consequence().chinese())
                .evidence("refundId", refund.id())
                .evidence("from", d.start())
                .build();
    }

    /** The refund-overdue violation of one missed deadline of the shop. */
    public Violation missed(RuleVersion overdue, RefundDeadline d) {
        return Violation.of(overdue).order(order.id())
                .reason("退款申请 " + refund.id() + "：" + d.kind().chinese() + "逾期（截止 " + Times.show(d.due())
                        + (d.kind() == RefundDeadline.Kind.SELLER_RESPONSE && refund.sellerResponse() != null
                                && refund.sellerResponse().timeKnown()
                                ? "，卖家 " + Times.show(refund.sellerResponse().at()) + " 才处理" : "")
                        + "），" + d.consequence().chinese())
                .evidence("refundId", refund.id())
                .evidence("deadline", d.kind().name())
                .evidence("due", d.due())
                .evidence("consequence", d.consequence().chinese())
                .build();
    }

    /** The refund-amount violation: less went back than the entitlement. */
    public Violation shortRefundViolation(RuleVersion amount) {
        String why = entitlement.returnPostage().signum() > 0
                && refund.refundedAmount().compareTo(entitlement.goods().add(entitlement.shippingFee())) >= 0
                ? "，应由卖家承担的退货运费 " + entitlement.returnPostage().toPlainString() + " 未补给买家" : "";
        return Violation.of(amount).order(order.id())
                .reason("退款申请 " + refund.id() + "：实退 " + refund.refundedAmount().toPlainString() + "，少于应退 "
                        + entitlement.amount().toPlainString() + "（" + entitlement.formula() + "）" + why)
                .evidence("refundId", refund.id())
                .evidence("entitled", entitlement.amount())
                .evidence("refunded", refund.refundedAmount())
                .evidence("shortfall", owed)
                .build();
    }

    /** The no-reason-return violation: an eligible 7-day no-reason return refused, as a breach of promise. */
    public Violation noReasonRefusal(RuleVersion noReason) {
        return Violation.of(noReason).order(order.id())
                .reason("退款申请 " + refund.id() + "：卖家 " + Times.show(refund.sellerResponse().at())
                        + " 拒绝符合条件的七天无理由退货（" + window.why() + "），按违背承诺处理")
                .evidence("refundId", refund.id())
                .evidence("windowCloses", window.closes())
                .evidence("resaleable", refund.resaleable())
                .build();
    }

    /**
     * What the facts could not judge on this request because an answer or a payment came at an unknown time: the
     * refund-timers deadlines left {@code UNKNOWN} (and so whether the shop was overdue), and a 7-day no-reason
     * refusal that would be a breach if it came in time. Empty when every deadline is judged.
     */
    public List<NotJudged> notJudged(RuleVersion timers, RuleVersion noReason) {
        List<NotJudged.Missing> missing = new ArrayList<>(2);
        if (refund.sellerResponse() != null && !refund.sellerResponse().timeKnown()) {
            missing.add(NotJudged.Missing.SELLER_RESPONSE_TIME);
        }
        if (refund.refundedAmount() != null && refund.refundedAt() == null) {
            missing.add(NotJudged.Missing.REFUND_TIME);
        }
        String unknownTimes = missing.stream()
                .map(x -> x == NotJudged.Missing.SELLER_RESPONSE_TIME ? "卖家处理时间" : "退款时间")
                .collect(java.util.stream.Collectors.joining("、"));
        List<NotJudged> out = new ArrayList<>(2);
        List<String> unknown = deadlines.stream().filter(d -> d.outcome(asOf) == RefundDeadline.Outcome.UNKNOWN)
                .map(d -> d.kind().chinese()).toList();
        if (!unknown.isEmpty()) {
            out.add(new NotJudged(timers.ruleId(), timers.version(), order.id(), null, refund.id(), missing,
                    "退款申请 " + refund.id() + "：" + unknownTimes + "未知，无法判断" + String.join("、", unknown)
                            + "是否逾期；补充时间后可判断", timers.citation(), timers.confidence()));
        }
        if (refusedUnknownTime && refund.reason() == RefundReason.NO_REASON && window.eligible()
                && window.resaleableKnown() && refund.intervention() != Intervention.PLATFORM_FOR_SELLER) {
            out.add(new NotJudged(noReason.ruleId(), noReason.version(), order.id(), null, refund.id(), missing,
                    "退款申请 " + refund.id() + "：卖家拒绝七天无理由退货的时间未知，逾期的拒绝不算拒绝（平台已同意退货），"
                            + "无法判断是否违背承诺；补充时间后可判断", noReason.citation(), noReason.confidence()));
        }
        return out;
    }

    /** The money still owed on this request as a {@code REFUND} compensation of {@code rule}, always OWED. */
    public Compensation refundOwed(RuleVersion rule) {
        if (owing == Owing.NONE) {
            throw new IllegalStateException("refund " + refund.id() + " owes nothing");
        }
        return Compensation.of(rule).order(order).refund(owed, owedFormula()).status(CompensationStatus.OWED)
                .evidence("refundId", refund.id())
                .evidence("owing", owing.name())
                .build();
    }

    public Instant requestedAt() { return refund.requestedAt(); }
    public Refund refund() { return refund; }
    public Order order() { return order; }
    public String refundId() { return refund.id(); }
    public String orderId() { return order.id(); }
    public Instant asOf() { return asOf; }
    public ReturnShippingPayer payer() { return payer; }
    public RefundEntitlement entitlement() { return entitlement; }
    public NoReasonReturnWindow window() { return window; }
    public List<RefundDeadline> deadlines() { return deadlines; }
    public boolean refused() { return refused; }
    public RefundStatus status() { return status; }
    public Owing owing() { return owing; }
    /** The money the shop still owes on this request at {@code asOf} (0.00 if none). */
    public BigDecimal owed() { return owed; }

    /** The formula of the money still owed, e.g. {@code 应退 168.00（…），已退 150.00，尚欠 18.00}. */
    public String owedFormula() {
        StringBuilder f = new StringBuilder(owing.chinese()).append("：应退 ").append(entitlement.amount().toPlainString())
                .append("（").append(entitlement.formula()).append("）");
        if (owing == Owing.SHORT_REFUND) {
            f.append("，已退 ").append(refund.refundedAmount().toPlainString()).append("，尚欠 ")
                    .append(owed.toPlainString());
        }
        return f.toString();
    }

    /**
     * The verdict's assessment of this request, attributed to the pack's refund-timers version (status and
     * deadline are its decisions); the confidence is the weakest of the three versions' figures.
     */
    public RefundAssessment assessment(RuleVersion timers, RuleVersion amount, RuleVersion noReason) {
        Confidence confidence = Confidence.weakest(timers.confidence(),
                Confidence.weakest(amount.confidence(), noReason.confidence()));
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("goods", entitlement.goods());
        e.put("shippingFeeRefunded", entitlement.shippingFee());
        e.put("returnPostageReimbursed", entitlement.returnPostage());
        e.put("returnShippingCertain", payer.certain());
        e.put("resaleable", refund.resaleable() == null ? "unknown" : refund.resaleable());
        if (window.closes() != null) {
            e.put("noReasonWindowOpens", Times.iso(window.opens()));
            e.put("noReasonWindowCloses", Times.iso(window.closes()));
        }
        e.put("deadlines", deadlines.stream().map(d -> d.evidence(asOf)).toList());
        e.put("owed", owed);
        if (owing != Owing.NONE) {
            e.put("owing", owing.name());
        }
        e.put("amountRule", amount.ruleId() + "@" + amount.version());
        e.put("noReasonRule", noReason.ruleId() + "@" + noReason.version());
        RefundDeadline next = next();
        RefundStep step = next == null ? null : next.step();
        return new RefundAssessment(refund.id(), order.id(), refund.kind(), refund.reason(), entitlement.amount(),
                entitlement.formula(), payer.party(), payer.why(), window.eligible(), window.why(), status, step,
                timers.ruleId(), timers.version(), timers.citation(), confidence, e);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public String toString() {
        return "RefundProgress[" + refund.id() + " " + status + ", owed " + owed + "]";
    }
}
