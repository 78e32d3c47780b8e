package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.verdict.Advisory;
import dev.shoprules.core.verdict.AdvisoryKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import org.apiguardian.api.API;

/**
 * The trade timers every platform runs (交易流程的计时), as advisories with their exact due instants, from the figures
 * of a pack's TIMERS rule version: {@code unpaidCloseHours}, {@code freightInsuranceDays}, {@code noReasonReturnDays},
 * {@code reviewDays}, {@code explanationDays}, {@code followUpReviewDays}, {@code afterSalesDays} (and
 * {@code autoConfirmDays} / {@code postalAutoConfirmDays}, which make the {@link TradeSuccess}).
 * <p>
 * A timer is advised while it is open at {@code asOf} ({@link Timers#open}: started, and not past its end; the end
 * itself is still open). None is advised for an order closed by {@code asOf}.
 * <ul>
 *   <li>unpaid order: auto-close {@code unpaidCloseHours} after creation;</li>
 *   <li>handed over (first pickup scan, else upload): automatic confirmation of receipt at trade success, freight
 *   insurance {@code freightInsuranceDays} from the hand-over;</li>
 *   <li>each signed parcel: 7-day no-reason return from 00:00 Asia/Shanghai of the next day
 *   ({@link Timers#noReasonReturnEnds});</li>
 *   <li>after trade success: review, seller explanation (the case has no reviews, so counted from success),
 *   follow-up review and after-sales windows.</li>
 * </ul>
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public final class TradeTimers {
    private static final Comparator<Shipment> BY_SIGNING = Comparator.comparing(Shipment::signedAt)
            .thenComparing(s -> Objects.toString(s.trackingNo(), ""));

    private TradeTimers() {}

    /**
     * The open timers of {@code order} at {@code asOf}. {@code handover} and {@code success} may be null (not shipped,
     * or not succeeding); {@code shipments} are the order's parcels.
     */
    public static List<Advisory> open(RuleVersion v, Order order, Handover handover, TradeSuccess success,
                                      List<Shipment> shipments, Instant asOf) {
        Objects.requireNonNull(v, "version");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(asOf, "asOf");
        Timeline t = new Timeline(v, order, asOf);
        if (order.closedBy(asOf)) {
            return t.advisories;
        }
        if (!order.paid()) {
            t.add(AdvisoryKind.UNPAID_AUTO_CLOSE, order.createdAt(), order.createdAt().plus(v.hours("unpaidCloseHours")),
                    "买家拍下后未付款，订单将自动关闭", null, "unpaidCloseHours");
        }
        if (handover != null) {
            if (success != null) {
                t.add(AdvisoryKind.AUTO_CONFIRM, handover.at(), success.at(),
                        "发货后 " + success.autoConfirmAfter().toDays() + " 天系统自动确认收货", null,
                        autoConfirmFigure(handover));
            }
            t.add(AdvisoryKind.FREIGHT_INSURANCE, handover.at(), handover.at().plus(v.days("freightInsuranceDays")),
                    "运费险自发货起保障 " + v.days("freightInsuranceDays").toDays() + " 天", null, "freightInsuranceDays");
        }
        List<Shipment> signed = new ArrayList<>(shipments.size());
        for (Shipment s : shipments) {
            if (s.orderId().equals(order.id()) && s.signedAt() != null) {
                signed.add(s);
            }
        }
        signed.sort(BY_SIGNING);
        for (Shipment s : signed) {
            Duration returnDays = v.days("noReasonReturnDays");
            t.add(AdvisoryKind.NO_REASON_RETURN, s.signedAt(), Timers.noReasonReturnEnds(s.signedAt(), returnDays),
                    "签收次日零点起 " + returnDays.toDays() + "×24 小时内可七天无理由退货（商品须完好、不影响二次销售）",
                    s.trackingNo(), "noReasonReturnDays");
        }
        if (success != null) {
            t.afterSuccess(success, AdvisoryKind.REVIEW_WINDOW, "reviewDays", d -> "交易成功后 " + d + " 天内买家可评价");
            t.afterSuccess(success, AdvisoryKind.SELLER_EXPLANATION, "explanationDays", d -> "卖家可在 " + d + " 天内对评价作出解释");
            t.afterSuccess(success, AdvisoryKind.FOLLOW_UP_REVIEW, "followUpReviewDays", d -> "交易成功后 " + d + " 天内买家可追评");
            t.afterSuccess(success, AdvisoryKind.AFTER_SALES, "afterSalesDays", d -> "交易成功后 " + d + " 天内买家可申请售后");
        }
        return t.advisories;
    }

    /**
     * {@link #open} for DRL, which collects facts into untyped lists: the order's {@link Handover}s and
     * {@link TradeSuccess}es (at most one of each) and its {@link Shipment}s.
     */
    public static List<Advisory> openAmong(RuleVersion v, Order order, Collection<?> handovers, Collection<?> successes,
                                           Collection<?> shipments, Instant asOf) {
        List<Shipment> parcels = new ArrayList<>(shipments.size());
        for (Object s : shipments) {
            parcels.add((Shipment) s);
        }
        return open(v, order, first(handovers, Handover.class), first(successes, TradeSuccess.class), parcels, asOf);
    }

    /** The auto-confirm figure that made the trade succeed: by ordinary post (平邮) its own, longer one. */
    private static String autoConfirmFigure(Handover handover) {
        return handover.shipment().carrier() == Carrier.POSTAL
                ? "postalAutoConfirmDays" : "autoConfirmDays";
    }

    private static <T> T first(Collection<?> facts, Class<T> type) {
        if (facts.size() > 1) {
            throw new IllegalArgumentException("expected at most one " + type.getSimpleName() + ", got " + facts.size());
        }
        return facts.isEmpty() ? null : type.cast(facts.iterator().next());
    }

    /** Collects the timers of one order that are open at asOf. */
    private static final class Timeline {
        final RuleVersion version;
        final Order order;
        final Instant asOf;
        final List<Advisory> advisories = new ArrayList<>();

        Timeline(RuleVersion version, Order order, Instant asOf) {
            this.version = version;
            this.order = order;
            this.asOf = asOf;
        }

        /** @param figures the figures the due instant was computed with: the advisory's confidence is theirs */
        void add(AdvisoryKind kind, Instant from, Instant due, String message, String trackingNo, String... figures) {
            if (!Timers.open(from, due, asOf)) {
                return;
            }
            Advisory.Builder a = Advisory.of(version).figures(figures).order(order.id()).kind(kind).due(due)
                    .message(message + "（截止 " + Times.show(due) + "）")
                    .evidence("from", from);
            if (trackingNo != null) {
                a.evidence("trackingNo", trackingNo);
            }
            advisories.add(a.build());
        }

        /** A window counted from trade success: as sure as its own length and the auto-confirm period before it. */
        void afterSuccess(TradeSuccess success, AdvisoryKind kind, String daysFigure, LongFunction<String> message) {
            Duration length = version.days(daysFigure);
            add(kind, success.at(), success.plus(length), message.apply(length.toDays()), null, daysFigure,
                    autoConfirmFigure(success.handover()));
        }
    }
}
