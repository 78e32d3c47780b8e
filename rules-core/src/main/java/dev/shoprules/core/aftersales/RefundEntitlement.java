package dev.shoprules.core.aftersales;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.ChargeKind;
import dev.shoprules.core.facts.ExtraCharge;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundItem;
import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.verdict.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The money a buyer is entitled to get back on one request (RULES.md "After-sales", entitlement), with the formula
 * a person can check.
 * <ul>
 *   <li>Goods: the returned items' share of {@code paidAmount} (实际成交金额; a whole-order request gets all of it),
 *   by list value (unit price × quantity; by quantity when every price is 0), HALF_UP to 2 decimals. The original
 *   shipping fee is never part of it (seed: goods 168 + shipping 15, returned → 168, "退货退的是商品的金额,不包括物流
 *   费用").</li>
 *   <li>仅退款 on an order not yet shipped when the request was made: the shipping fee too, when the request covers
 *   the whole order (the goods never left, so the postage bought nothing).</li>
 *   <li>The return postage the buyer paid, when the seller must bear it (seller's fault or carrier's damage) and the
 *   fee is known.</li>
 *   <li>换货: no money for the goods (they are replaced), only such postage.</li>
 *   <li>Nothing is deducted: a credit-card fee is the merchant's cost (seed), whatever the buyer paid on top.</li>
 * </ul>
 *
 * @param goods the goods' share of the paid amount (0 for an exchange)
 * @param shippingFee the original shipping fee refunded (0 unless an unshipped whole-order 仅退款)
 * @param returnPostage the return postage the seller reimburses (0 unless seller or carrier pays)
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record RefundEntitlement(BigDecimal goods, BigDecimal shippingFee, BigDecimal returnPostage, BigDecimal amount,
                                String formula) {

    public RefundEntitlement {
        goods = Money.of(goods);
        shippingFee = Money.of(shippingFee);
        returnPostage = Money.of(returnPostage);
        amount = Money.of(amount);
        Objects.requireNonNull(formula, "formula");
    }

    /**
     * @param shippedBeforeRequest whether the order's goods were handed to a carrier by the time of the request
     */
    public static RefundEntitlement of(Order order, Refund refund, boolean shippedBeforeRequest,
                                       ReturnShippingPayer payer) {
        StringBuilder f = new StringBuilder();
        BigDecimal goods = Money.ZERO;
        if (refund.kind() == RefundKind.EXCHANGE) {
            f.append("换货不退货款");
        } else {
            goods = goodsShare(order, refund, f);
        }
        BigDecimal shipping = Money.ZERO;
        if (refund.kind() == RefundKind.REFUND_ONLY && !shippedBeforeRequest && coversWholeOrder(order, refund)
                && order.shippingFee().signum() > 0) {
            shipping = order.shippingFee();
            f.append(" + 运费 ").append(shipping.toPlainString()).append("（未发货仅退款，运费一并退还）");
        } else if (order.shippingFee().signum() > 0) {
            f.append("（原运费 ").append(order.shippingFee().toPlainString()).append(" 不退）");
        }
        BigDecimal postage = Money.ZERO;
        if (payer.sellerReimburses() && refund.returnShipment() != null && refund.returnShipment().fee() != null) {
            postage = refund.returnShipment().fee();
            f.append(" + 退货运费 ").append(postage.toPlainString()).append("（卖家承担）");
        } else if (payer.sellerReimburses() && refund.returnShipment() != null) {
            f.append("（退货运费由卖家承担，金额未知）");
        }
        BigDecimal total = Money.of(goods.add(shipping).add(postage));
        f.append(" = ").append(total.toPlainString());
        if (order.extraCharges().stream().anyMatch(RefundEntitlement::cardFee)) {
            f.append("；信用卡手续费由商家承担，不从退款中扣除");
        }
        return new RefundEntitlement(goods, shipping, postage, total, f.toString());
    }

    private static boolean cardFee(ExtraCharge c) {
        return c.kind() == ChargeKind.CREDIT_CARD_FEE;
    }

    /** Whether the request covers every unit of every item of the order. */
    static boolean coversWholeOrder(Order order, Refund refund) {
        if (refund.wholeOrder()) {
            return true;
        }
        Map<String, Integer> asked = asked(refund);
        for (Item item : order.items()) {
            if (asked.getOrDefault(item.sku(), 0) < order.quantityOf(item.sku())) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal goodsShare(Order order, Refund refund, StringBuilder f) {
        BigDecimal paid = order.paidAmount();
        if (coversWholeOrder(order, refund)) {
            f.append("实付货款 ").append(paid.toPlainString());
            return paid;
        }
        Map<String, Integer> asked = asked(refund);
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        for (Item item : order.items()) {
            all = all.add(item.listValue());
        }
        boolean byQuantity = all.signum() == 0;
        if (byQuantity) {
            for (Item item : order.items()) {
                all = all.add(BigDecimal.valueOf(item.quantity()));
            }
        }
        // One sku may sit on several lines (at several prices): returned units are taken line by line, in order.
        Map<String, Integer> left = new HashMap<>(asked);
        for (Item item : order.items()) {
            int take = Math.min(left.getOrDefault(item.sku(), 0), item.quantity());
            if (take > 0) {
                left.merge(item.sku(), -take, Integer::sum);
                returned = returned.add(byQuantity ? BigDecimal.valueOf(take)
                        : item.unitPrice().multiply(BigDecimal.valueOf(take)));
            }
        }
        BigDecimal share = paid.multiply(returned).divide(all, 2, RoundingMode.HALF_UP).min(paid);
        f.append("实付货款 ").append(paid.toPlainString()).append(" × ")
                .append(returned.stripTrailingZeros().toPlainString()).append("/")
                .append(all.stripTrailingZeros().toPlainString())
                .append(byQuantity ? "（退回件数占比）" : "（退回商品标价占比）").append(" = ").append(share.toPlainString());
        return share;
    }

    private static Map<String, Integer> asked(Refund refund) {
        Map<String, Integer> asked = new HashMap<>();
        for (RefundItem i : refund.items()) {
            asked.merge(i.sku(), i.quantity(), (a, b) -> (int) Math.min((long) a + b, Integer.MAX_VALUE));
        }
        return asked;
    }
}
