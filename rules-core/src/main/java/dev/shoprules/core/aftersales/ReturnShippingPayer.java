package dev.shoprules.core.aftersales;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundChannel;
import dev.shoprules.core.facts.ReturnShipment;
import dev.shoprules.core.verdict.ShippingPayer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Who pays the postage of a return (RULES.md "After-sales", return shipping), and why.
 * <ol>
 *   <li>Nothing is returned (仅退款): nobody ({@code party} null).</li>
 *   <li>运费险 pays when the order has freight insurance, the request is made in the trade ({@code IN_TRADE}; 售后维权
 *   returns are not covered), the return starts within {@code freightInsurance} (90 days) of the order's shipment,
 *   its tracking number is valid, and it is the order's first return (seeds: 90 days from shipment; a wrong tracking
 *   number gets no claim; not every repeated return is covered).</li>
 *   <li>Otherwise by the reason: damaged in transit → the carrier, and the seller handles that claim (sending the
 *   buyer to the carrier is wrong, seed); the seller's fault (wrong item, quality, not as described, fake — seed:
 *   发错商品 → 卖家; and, assumed, late shipment, out of stock, not received, invoice) → the seller; a no-reason
 *   return → the buyer (seed: "卖家加入7天无理由退换货服务承诺后,买家的退换货费用由卖家承担 ×"); agreed or other → the
 *   buyer (assumed: what the parties agreed is not in the case).</li>
 * </ol>
 * With freight insurance but an unknown channel, insurance can be neither granted nor refused: the party by reason
 * is named and {@code certain} is false, so no rule treats it as settled that the seller owes the postage.
 *
 * @param party who pays, or null when nothing is returned
 * @param why the reason, in Chinese, as the verdict shows it
 * @param certain false when the payer depends on a fact the case does not give
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record ReturnShippingPayer(ShippingPayer party, String why, boolean certain) {

    public ReturnShippingPayer {
        Objects.requireNonNull(why, "why");
    }

    /**
     * @param shippedAt the order's first hand-over to a carrier (null: never shipped)
     * @param firstReturn whether this is the order's first request that sends goods back
     */
    public static ReturnShippingPayer of(Order order, Refund refund, Instant shippedAt, boolean firstReturn,
                                         Duration insuranceLength, Instant asOf) {
        if (!refund.kind().returnsGoods()) {
            return new ReturnShippingPayer(null, "仅退款，无需退回商品", true);
        }
        ReturnShippingPayer byReason = byReason(refund);
        if (!order.freightInsurance()) {
            return byReason;
        }
        String notInsured = notInsuredBecause(refund, shippedAt, firstReturn, insuranceLength, asOf);
        if (notInsured != null) {
            return new ReturnShippingPayer(byReason.party(), byReason.why() + "；运费险不赔：" + notInsured, true);
        }
        if (refund.channel() == null) {
            // Every other condition holds: whether insurance pays turns on the channel the case does not give.
            return new ReturnShippingPayer(byReason.party(), byReason.why()
                    + "；订单有运费险，但申请渠道未知（交易中还是售后维权），能否由运费险赔付无法判断", false);
        }
        return new ReturnShippingPayer(ShippingPayer.INSURER, "运费险赔付：交易中退货，发货后 "
                + insuranceLength.toDays() + " 天内寄回（" + Times.show(shippedAt.plus(insuranceLength))
                + " 前），运单号有效，且为该订单首次退货", true);
    }

    /** Why freight insurance does not pay, or null if it does (or would, were the unknown channel in trade). */
    private static String notInsuredBecause(Refund refund, Instant shippedAt, boolean firstReturn,
                                            Duration insuranceLength, Instant asOf) {
        if (refund.channel() == RefundChannel.AFTER_SALES) {
            return "售后维权阶段的退货不在运费险保障内";
        }
        if (shippedAt == null) {
            return "订单未发货，运费险尚未起保";
        }
        if (!firstReturn) {
            return "同一订单的再次退货不再赔付";
        }
        Instant coverEnds = shippedAt.plus(insuranceLength);
        ReturnShipment parcel = refund.returnShipment();
        if (parcel == null) {
            return asOf.isAfter(coverEnds) ? "退货未在发货后 " + insuranceLength.toDays() + " 天内寄出（"
                    + Times.show(coverEnds) + " 截止）" : null;
        }
        if (!parcel.trackingNoValid()) {
            return "退货运单号填写错误，无法理赔";
        }
        if (parcel.shippedAt().isAfter(coverEnds)) {
            return "退货寄出时已超过发货后 " + insuranceLength.toDays() + " 天（" + Times.show(coverEnds) + " 截止）";
        }
        return null;
    }

    private static ReturnShippingPayer byReason(Refund refund) {
        return switch (refund.reason()) {
            case DAMAGED_IN_TRANSIT -> new ReturnShippingPayer(ShippingPayer.CARRIER,
                    "运输途中损坏：由物流承担，卖家负责向物流索赔，不可让买家自行找快递", true);
            case WRONG_ITEM, QUALITY, NOT_AS_DESCRIBED, FAKE -> new ReturnShippingPayer(ShippingPayer.SELLER,
                    "商品问题（" + reasonName(refund) + "）：退货运费由卖家承担", true);
            case LATE_SHIPMENT, OUT_OF_STOCK, NOT_RECEIVED, INVOICE -> new ReturnShippingPayer(ShippingPayer.SELLER,
                    "卖家责任（" + reasonName(refund) + "）：退货运费由卖家承担（推定）", true);
            case NO_REASON -> new ReturnShippingPayer(ShippingPayer.BUYER,
                    "七天无理由退货：退货运费由买家承担", true);
            case AGREED, OTHER -> new ReturnShippingPayer(ShippingPayer.BUYER,
                    "非商品问题（" + reasonName(refund) + "）：退货运费由买家承担（推定）", true);
        };
    }

    static String reasonName(Refund refund) {
        return switch (refund.reason()) {
            case NO_REASON -> "七天无理由";
            case QUALITY -> "质量问题";
            case NOT_AS_DESCRIBED -> "描述不符";
            case WRONG_ITEM -> "发错商品";
            case DAMAGED_IN_TRANSIT -> "运输损坏";
            case FAKE -> "假冒商品";
            case LATE_SHIPMENT -> "延迟发货";
            case OUT_OF_STOCK -> "缺货";
            case NOT_RECEIVED -> "未收到货";
            case INVOICE -> "发票问题";
            case AGREED -> "协商一致";
            case OTHER -> "其他";
        };
    }

    /** Whether the seller must give the buyer back the return postage (seller's fault or carrier's damage). */
    public boolean sellerReimburses() {
        return certain && (party == ShippingPayer.SELLER || party == ShippingPayer.CARRIER);
    }
}
