package dev.shoprules.core.aftersales;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.rules.Timers;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Whether the 7-day no-reason return (7天无理由退货) applies to a request, and why (RULES.md "After-sales").
 * The window runs 7 × 24 h from 00:00 Asia/Shanghai of the day after signing ({@link Timers#noReasonReturnEnds});
 * a request made up to and including its last instant is inside, one second later it is not. It applies only to
 * requests that send goods back, of goods that support it ({@code noReasonReturn}) and do not affect resale (seed:
 * "7天无理由退换货的前提是(不影响二次销售)"). Whether the goods are resaleable may be unknown ({@code resaleable}
 * null): that never reads as "not resaleable", so the window still applies, and {@link #resaleableKnown()} tells the
 * rules that a refusal cannot be judged a breach. With several signed parcels the earliest signing is taken (the
 * case does not say which parcel held the returned goods; the earliest gives the shortest window).
 *
 * @param opens 00:00 of the day after signing, or null when the goods are not signed for
 * @param closes the last instant of the window, or null when the goods are not signed for
 * @param eligible whether the request falls under the 7-day no-reason return
 * @param resaleableKnown false when the case does not say whether the goods are resaleable
 * @param why the reason, in Chinese, as the verdict shows it
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record NoReasonReturnWindow(Instant opens, Instant closes, boolean eligible, boolean resaleableKnown,
                                   String why) {

    public NoReasonReturnWindow {
        Objects.requireNonNull(why, "why");
    }

    /** @param signedAt the earliest signing of the order's parcels, or null if none is signed for */
    public static NoReasonReturnWindow of(Order order, Refund refund, Instant signedAt, Duration length) {
        Instant opens = signedAt == null ? null : Times.startOfNextDay(signedAt);
        Instant closes = signedAt == null ? null : Timers.noReasonReturnEnds(signedAt, length);
        boolean known = refund.resaleable() != null;
        if (!refund.kind().returnsGoods()) {
            return new NoReasonReturnWindow(opens, closes, false, known, "仅退款不退回商品，不适用七天无理由退货");
        }
        for (Item item : order.items()) {
            if (!item.noReasonReturn() && returns(refund, item)) {
                return new NoReasonReturnWindow(opens, closes, false, known,
                        "商品 " + item.sku() + " 不支持七天无理由退货");
            }
        }
        if (Boolean.FALSE.equals(refund.resaleable())) {
            return new NoReasonReturnWindow(opens, closes, false, true, "退回商品影响二次销售，不适用七天无理由退货");
        }
        if (signedAt == null) {
            return new NoReasonReturnWindow(null, null, false, known,
                    "商品尚未签收：七天无理由自签收次日零点起算");
        }
        String window = "签收 " + Times.show(signedAt) + "，期限 " + Times.show(opens) + " 起 " + length.toDays()
                + "×24 小时至 " + Times.show(closes);
        if (refund.requestedAt().isAfter(closes)) {
            return new NoReasonReturnWindow(opens, closes, false, known, "超过七天无理由期限（" + window + "）");
        }
        return new NoReasonReturnWindow(opens, closes, true, known, "在七天无理由期限内（" + window + "）"
                + (known ? "，商品不影响二次销售" : "；商品是否影响二次销售未知（unknown），卖家拒绝是否违规无法判断"));
    }

    private static boolean returns(Refund refund, Item item) {
        return refund.wholeOrder() || refund.items().stream().anyMatch(i -> i.sku().equals(item.sku()));
    }
}
