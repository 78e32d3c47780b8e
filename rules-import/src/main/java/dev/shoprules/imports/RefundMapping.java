package dev.shoprules.imports;

import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Intervention;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundChannel;
import dev.shoprules.core.facts.RefundDecision;
import dev.shoprules.core.facts.RefundItem;
import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.facts.RefundReason;
import dev.shoprules.core.facts.ReturnShipment;
import dev.shoprules.core.facts.SellerResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Refund payloads to refund requests: TOP's {@code taobao.refunds.receive.get} / {@code taobao.refund.get} (the
 * {@code Refund} structure) and PDD's {@code pdd.refund.list.increment.get} ({@code refund_list[]}), field by field as
 * their published definitions describe them (docs/import.md has the table).
 * <p>
 * Neither platform says when the seller answered, nor when the money went back: TOP's {@code modified} ("更新时间")
 * and PDD's {@code updated_time} are the record's last change, which may be the answer, the buyer's edit, an
 * intervention or the refund. So a decided request carries {@code sellerResponse.at: null} and a succeeded one a
 * {@code refundedAmount} without {@code refundedAt}: the case says "time unknown" and the rules do not judge what
 * hangs on it, rather than read the last change as the answer.
 */
final class RefundMapping {
    /**
     * A refund read from a payload, waiting to join its order: {@code subOrder} is TOP's oid, {@code goods} PDD's
     * goods (sku and count), whichever the platform gives; {@code at} the record, for errors about joining.
     */
    record Draft(Refund refund, String orderId, String subOrder, RefundItem goods, Field at) {
        /** The refund with the items it covers in {@code order} (none: the whole order). */
        Refund joined(List<Item> orderItems, Map<String, Item> subOrders) {
            List<RefundItem> items = items(orderItems, subOrders);
            Refund r = refund;
            return items.isEmpty() ? r : new Refund(r.id(), r.orderId(), r.kind(), r.reason(), r.requestedAt(),
                    r.amount(), items, r.resaleable(), r.sellerResponse(), r.returnShipment(), r.refundedAt(),
                    r.refundedAmount(), r.channel(), r.intervention());
        }

        private List<RefundItem> items(List<Item> orderItems, Map<String, Item> subOrders) {
            if (goods != null) {
                Item bought = orderItems.stream().filter(i -> i.sku().equals(goods.sku())).findFirst().orElse(null);
                Field sku = at.get(at.get("outer_id").missing() ? "sku_id" : "outer_id");
                if (bought == null) {
                    throw sku.fail("goods " + goods.sku() + " are not among the order's items");
                }
                if (goods.quantity() > bought.quantity()) {
                    throw at.get("goods_number").fail(goods.quantity() + " returned but the order bought "
                            + bought.quantity());
                }
                return orderItems.size() == 1 && goods.quantity() == bought.quantity() ? List.of() : List.of(goods);
            }
            if (subOrder == null || (subOrders.size() <= 1 && subOrder.equals(orderId))) {
                return List.of(); // "如果是单笔交易oid会等于tid": the trade's one sub-order is the whole order
            }
            Item item = subOrders.get(subOrder);
            if (item == null) {
                throw at.get("oid").fail("sub-order " + subOrder + " is not in trade " + orderId);
            }
            // TOP refunds a sub-order as a whole: its num ("商品购买数量") is what was bought of it.
            return subOrders.size() == 1 ? List.of() : List.of(new RefundItem(item.sku(), item.quantity()));
        }
    }

    /**
     * Reason texts the buyer picks (TOP {@code reason} "退款原因", PDD {@code after_sale_reason} "售后原因") that name one
     * of our reasons without doubt. Matched whole, after trimming; anything else is OTHER with a warning. Texts that
     * could be two reasons stay out: 商品破损 (in transit, or sent broken?), 少件/漏发 (wrong item or not received?).
     */
    private static final Map<String, RefundReason> REASONS = new LinkedHashMap<>();
    static {
        for (String t : List.of("7天无理由退换货", "七天无理由退换货", "不想要了", "拍错了", "多拍/拍错/不想要", "拍错/多拍/不喜欢",
                "我不想要了", "多拍、错拍、不想要")) {
            REASONS.put(t, RefundReason.NO_REASON);
        }
        REASONS.put("质量问题", RefundReason.QUALITY);
        REASONS.put("商品质量问题", RefundReason.QUALITY);
        REASONS.put("商品与描述不符", RefundReason.NOT_AS_DESCRIBED);
        REASONS.put("描述不符", RefundReason.NOT_AS_DESCRIBED);
        REASONS.put("卖家发错货", RefundReason.WRONG_ITEM);
        REASONS.put("发错货", RefundReason.WRONG_ITEM);
        REASONS.put("假冒品牌", RefundReason.FAKE);
        REASONS.put("未按约定时间发货", RefundReason.LATE_SHIPMENT);
        REASONS.put("缺货", RefundReason.OUT_OF_STOCK);
        REASONS.put("快递一直未送达", RefundReason.NOT_RECEIVED);
        REASONS.put("未收到货", RefundReason.NOT_RECEIVED);
        REASONS.put("发票问题", RefundReason.INVOICE);
        REASONS.put("协商一致退款", RefundReason.AGREED);
    }

    private RefundMapping() {}

    static RefundReason reason(Field f, Consumer<MappingException> warn) {
        String text = f.optText();
        RefundReason r = text == null ? null : REASONS.get(text);
        if (r == null) {
            warn.accept(f.fail((text == null ? "absent" : "reason " + f.shown() + " is not one the reason table maps"
                    + " without doubt") + ": reason OTHER"));
            return RefundReason.OTHER;
        }
        return r;
    }

    // ---- TOP ----

    /** The refunds of one TOP response: {@code refund} (refund.get) or {@code refunds.refund[]} (refunds.receive.get). */
    static List<Field> topRefunds(Field response) {
        Field body = TopMapping.unwrap(response, "refund_get_response", "refunds_receive_get_response");
        if (body.get("refund").isObject()) {
            return List.of(body.get("refund"));
        }
        if (!body.get("refunds").missing()) {
            return body.get("refunds").list("refund");
        }
        if (!body.get("total_results").missing()) {
            return List.of(); // an empty refunds.receive.get page
        }
        if (!body.get("refund_id").missing()) {
            return List.of(body); // a bare Refund object, as SDKs hand it over
        }
        throw body.fail("not a taobao.refund.get or taobao.refunds.receive.get response (no refund, no refunds)");
    }

    /**
     * One TOP {@code Refund}. {@code status} ("退款状态"): WAIT_SELLER_AGREE (买家已经申请退款，等待卖家同意) has no
     * answer; WAIT_BUYER_RETURN_GOODS (卖家已经同意退款，等待买家退货) and WAIT_SELLER_CONFIRM_GOODS (买家已经退货，等待卖家确认收货)
     * are agreed; SELLER_REFUSE_BUYER (卖家拒绝退款) refused; SUCCESS (退款成功) refunded {@code refund_fee}; CLOSED
     * (退款关闭) is not converted: the case format has no withdrawn request, and as an open one it would run deadlines.
     */
    static Draft top(Field r, Consumer<MappingException> warn) {
        String id = r.get("refund_id").text();
        String tid = r.get("tid").text();
        String status = r.get("status").text();
        if ("CLOSED".equals(status)) {
            throw new NotConverted(r.get("status").fail("CLOSED (退款关闭): the request was withdrawn or closed, nothing"
                    + " runs and nothing is owed; the case format has no closed request, so refund " + id
                    + " is not converted"));
        }
        RefundKind kind = topKind(r, id);
        Instant requested = r.get("created").time();
        BigDecimal fee = r.get("refund_fee").money();
        SellerResponse response = null;
        BigDecimal refunded = null;
        ReturnShipment parcel = null;
        switch (status) {
            case "WAIT_SELLER_AGREE" -> { }
            case "WAIT_BUYER_RETURN_GOODS" -> response = new SellerResponse(RefundDecision.AGREED, null, null);
            case "WAIT_SELLER_CONFIRM_GOODS" -> {
                response = new SellerResponse(RefundDecision.AGREED, null, null);
                parcel = topParcel(r, true, warn);
            }
            case "SELLER_REFUSE_BUYER" -> response = new SellerResponse(RefundDecision.REFUSED, null, null);
            // Paid: the seller or the platform agreed; who and when the payload does not say.
            case "SUCCESS" -> {
                refunded = fee;
                parcel = kind.returnsGoods() ? topParcel(r, false, warn) : null;
            }
            default -> throw r.get("status").fail("unknown refund status " + r.get("status").shown());
        }
        String oid = r.get("oid").optText();
        Refund refund = new Refund(id, tid, kind, reason(r.get("reason"), warn), requested, fee, List.of(), null,
                response, parcel, null, refunded, channel(r.get("refund_phase")), intervention(r.get("cs_status")));
        return new Draft(refund, tid, oid, null, r);
    }

    /**
     * {@code dispute_type} ("退款类型": REFUND 仅退款, REFUND_AND_RETURN 退货退款, TMALL_EXCHANGE / TAOBAO_EXCHANGE 换货;
     * REPAIR 维修, RESHIPPING 补寄, OTHERS are not refunds of ours), else {@code has_good_return} ("买家是否需要退货").
     */
    private static RefundKind topKind(Field r, String id) {
        Boolean goodsBack = r.get("has_good_return").optBool();
        String type = r.get("dispute_type").optText();
        RefundKind kind;
        if (type == null) {
            if (goodsBack == null) {
                throw r.get("dispute_type").fail("required (or has_good_return): whether the buyer returns the goods");
            }
            return goodsBack ? RefundKind.RETURN_AND_REFUND : RefundKind.REFUND_ONLY;
        }
        switch (type) {
            case "REFUND" -> kind = RefundKind.REFUND_ONLY;
            case "REFUND_AND_RETURN" -> kind = RefundKind.RETURN_AND_REFUND;
            case "TMALL_EXCHANGE", "TAOBAO_EXCHANGE" -> kind = RefundKind.EXCHANGE;
            case "REPAIR", "RESHIPPING", "OTHERS" -> throw new NotConverted(r.get("dispute_type").fail(type
                    + " is not a refund, return or exchange of the case format; refund " + id + " is not converted"));
            default -> throw r.get("dispute_type").fail("unknown dispute_type " + r.get("dispute_type").shown());
        }
        if (goodsBack != null && goodsBack != kind.returnsGoods()) {
            throw r.get("has_good_return").fail("has_good_return " + goodsBack + " contradicts dispute_type " + type);
        }
        return kind;
    }

    /**
     * The buyer's return parcel: {@code company_name} ("物流公司名称"), {@code sid} ("退货运单号") and
     * {@code good_return_time} ("退货时间"), which only {@code taobao.refund.get} returns. Required once the buyer has
     * returned the goods (WAIT_SELLER_CONFIRM_GOODS); for a SUCCESS, absent means not known (no parcel).
     */
    private static ReturnShipment topParcel(Field r, boolean required, Consumer<MappingException> warn) {
        Field sent = r.get("good_return_time");
        if (sent.missing()) {
            if (required) {
                throw sent.fail("required once the buyer has returned the goods: when the return was sent"
                        + " (taobao.refunds.receive.get does not return it; fetch the refund with taobao.refund.get)");
            }
            return null;
        }
        String company = r.get("company_name").optText();
        Carrier c = Carriers.topName(company);
        if (c == null) {
            warn.accept(r.get("company_name").fail(company == null ? "absent: return carrier OTHER"
                    : "company " + r.get("company_name").shown() + " is not in the carrier table: return carrier OTHER"));
            c = Carrier.OTHER;
        }
        if ("post".equals(r.get("shipping_type").optText())) {
            c = Carrier.POSTAL;
        }
        return new ReturnShipment(c, r.get("sid").optText(), sent.time(), null, null, null);
    }

    /** {@code refund_phase} ("退款阶段"): onsale 售中 is in trade, aftersale 售后 after it. */
    private static RefundChannel channel(Field f) {
        String phase = f.optText();
        if (phase == null) {
            return null;
        }
        return switch (phase) {
            case "onsale" -> RefundChannel.IN_TRADE;
            case "aftersale" -> RefundChannel.AFTER_SALES;
            default -> throw f.fail("unknown refund_phase " + f.shown() + " (onsale, aftersale)");
        };
    }

    /** {@code cs_status} ("客服介入"): 8 支持买家, 9 支持卖家 are decisions; the other codes are none yet. */
    private static Intervention intervention(Field f) {
        Long cs = f.optWhole();
        if (cs == null) {
            return null;
        }
        if (cs < 1 || cs > 11) {
            throw f.fail("unknown cs_status " + cs + " (1 to 11)");
        }
        return cs == 8 ? Intervention.PLATFORM_FOR_BUYER : cs == 9 ? Intervention.PLATFORM_FOR_SELLER : null;
    }

    // ---- PDD ----

    /** The refunds of one PDD response: {@code refund_increment_get_response.refund_list[]}. */
    static List<Field> pddRefunds(Field response) {
        Field body = TopMapping.unwrap(response, "refund_increment_get_response");
        if (!body.get("refund_list").missing()) {
            return body.get("refund_list").list("refund");
        }
        if (!body.get("total_count").missing()) {
            return List.of();
        }
        if (!body.get("after_sales_status").missing()) {
            return List.of(body);
        }
        throw body.fail("not a pdd.refund.list.increment.get response (no refund_list)");
    }

    /**
     * One PDD refund. {@code after_sales_type} ("售后类型"): 2 仅退款, 3 退货退款, 4 换货; 5 缺货补寄 and 6 维修 are not
     * refunds of ours. {@code after_sales_status} ("售后状态"): 2 买家申请退款，待商家处理 / 3 退货退款，待商家处理 / 14
     * 换货补寄待商家处理 await the seller; 4 商家同意退款，退款中 / 7 已同意退货退款，待用户发货 / 31 已同意拒收退款 are agreed;
     * 6 驳回退款，待买家处理 is refused; 10 退款成功 is refunded. The closed ends (9 平台拒绝, 11 买家撤销, 12/13 买家逾期)
     * and the platform's steps (5 平台同意, 8 平台处理中: whether the seller answered is not said) are not converted.
     */
    static Draft pdd(Field r, Consumer<MappingException> warn) {
        String id = r.get("id").text();
        String sn = r.get("order_sn").text();
        long type = r.get("after_sales_type").whole();
        RefundKind kind = switch ((int) type) {
            case 2 -> RefundKind.REFUND_ONLY;
            case 3 -> RefundKind.RETURN_AND_REFUND;
            case 4 -> RefundKind.EXCHANGE;
            case 5, 6 -> throw new NotConverted(r.get("after_sales_type").fail((type == 5 ? "5 缺货补寄" : "6 维修")
                    + " is not a refund, return or exchange of the case format; refund " + id + " is not converted"));
            default -> throw r.get("after_sales_type").fail("unknown after_sales_type " + type + " (2 仅退款, 3 退货退款,"
                    + " 4 换货, 5 缺货补寄, 6 维修)");
        };
        long status = r.get("after_sales_status").whole();
        SellerResponse response = null;
        BigDecimal amount = fen(r.get("refund_amount"));
        BigDecimal refunded = null;
        switch ((int) status) {
            case 2, 3, 14 -> { }
            case 4, 7, 31 -> response = new SellerResponse(RefundDecision.AGREED, null, null);
            case 6 -> response = new SellerResponse(RefundDecision.REFUSED, null, null);
            case 10 -> refunded = amount;
            case 5, 8, 9, 11, 12, 13 -> throw new NotConverted(r.get("after_sales_status").fail("status " + status
                    + (status == 5 || status == 8 ? " (the platform's step: whether and when the seller answered is"
                            + " not said)" : " (closed: nothing runs and nothing is owed)")
                    + " cannot be held by the case format; refund " + id + " is not converted"));
            default -> throw r.get("after_sales_status").fail("after_sales_status " + status + " is not mapped ("
                    + "exchange and repair steps beyond 14 are not refunds of the case format)");
        }
        Refund refund = new Refund(id, sn, kind, reason(r.get("after_sale_reason"), warn), r.get("created_time").time(),
                amount, List.of(), null, response, null, null, refunded, null, null);
        // The goods as the order's items name them (outer_id, else sku_id); goods_number "商品数量" is a count.
        String sku = r.get("outer_id").optText();
        if (sku == null) {
            sku = r.get("sku_id").text();
        }
        long count = r.get("goods_number").whole();
        if (count < 1 || count > Integer.MAX_VALUE) {
            throw r.get("goods_number").fail("a quantity is at least 1, was " + count);
        }
        return new Draft(refund, sn, null, new RefundItem(sku, (int) count), r);
    }

    /**
     * PDD's {@code refund_amount} is a count of fen (分): the published type is LONG, while one SDK's comment says
     * "（元）". A whole number is read as fen; anything else (a decimal) is an error rather than a guess at the unit.
     */
    static BigDecimal fen(Field f) {
        String text = f.text();
        if (!text.matches("\\d{1,15}")) {
            throw f.fail("not a whole number of fen (分): " + f.shown());
        }
        long fen = Long.parseLong(text);
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2);
    }
}
