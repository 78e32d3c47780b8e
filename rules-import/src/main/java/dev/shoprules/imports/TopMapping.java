package dev.shoprules.imports;

import dev.shoprules.core.Platform;
import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.ClosedBy;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Receiver;
import dev.shoprules.core.facts.TrackingEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Taobao open platform (TOP) payloads to facts, field by field as the published definitions of
 * {@code taobao.trade.fullinfo.get}, {@code taobao.trades.sold.get} and {@code taobao.logistics.trace.search}
 * describe them (the mapping table is in the module's README section of the repository README).
 */
final class TopMapping {
    /** Trade statuses (trade.status) before payment completes: the order is unpaid. */
    private static final Set<String> UNPAID = Set.of("TRADE_NO_CREATE_PAY", "WAIT_BUYER_PAY", "PAY_PENDING",
            "WAIT_PRE_AUTH_CONFIRM");
    /** Paid, open trades: 等待卖家发货, 卖家部分发货, 等待买家确认收货, 买家已签收 (货到付款), 交易成功. */
    private static final Set<String> PAID = Set.of("WAIT_SELLER_SEND_GOODS", "SELLER_CONSIGNED_PART",
            "WAIT_BUYER_CONFIRM_GOODS", "TRADE_BUYER_SIGNED", "TRADE_FINISHED");
    /** Trace actions ("节点说明，指明当前节点揽收、派送，签收") that are the carrier's pickup scan (揽收). */
    private static final Set<String> PICKUP_ACTIONS = Set.of("GOT", "ACCEPT", "TMS_ACCEPT");
    /** Trace actions that are the buyer's signing (签收). */
    private static final Set<String> SIGN_ACTIONS = Set.of("SIGNED", "SIGN", "TMS_SIGN");
    /** Trace actions of the seller's system, not carrier scans: not tracking events. */
    private static final Set<String> SELLER_ACTIONS = Set.of("CREATE", "CONSIGN");

    private TopMapping() {}

    /** The trades of one TOP response: {@code trade} (fullinfo.get) or {@code trades.trade[]} (trades.sold.get). */
    static List<Field> trades(Field response) {
        Field body = unwrap(response, "trade_fullinfo_get_response", "trades_sold_get_response");
        if (body.get("trade").isObject()) {
            return List.of(body.get("trade"));
        }
        if (!body.get("trades").missing()) {
            return body.get("trades").list("trade");
        }
        if (!body.get("total_results").missing()) {
            return List.of(); // an empty trades.sold.get page
        }
        if (!body.get("tid").missing()) {
            return List.of(body); // a bare trade object, as SDKs hand it over
        }
        throw body.fail("not a taobao.trade.fullinfo.get or taobao.trades.sold.get response (no trade, no trades)");
    }

    static Field unwrap(Field response, String... wrappers) {
        if (!response.isObject()) {
            throw response.fail("expected a JSON object (one API response)");
        }
        if (!response.get("error_response").missing()) {
            Field e = response.get("error_response");
            throw e.fail("the API answered an error: " + e.get("code").optText() + " "
                    + Objects.toString(e.get("sub_msg").optText(), Objects.toString(e.get("msg").optText(), "")));
        }
        for (String w : wrappers) {
            if (!response.get(w).missing()) {
                return response.get(w);
            }
        }
        return response;
    }

    /** One trade: a TOP trade (tid) is one order of the case; its sub-orders (oid) are its items. */
    static OrderDraft trade(Field t, Platform platform, String defaultShop, Consumer<MappingException> warn) {
        String tid = t.get("tid").text();
        String status = t.get("status").text();
        Instant created = t.get("created").time();
        Instant paid = null;
        ClosedBy closedBy = null;
        Instant closedAt = null;
        CloseReason closeReason = null;
        if (PAID.contains(status)) {
            paid = t.get("pay_time").time();
        } else if ("TRADE_CLOSED".equals(status)) {
            // "付款以后用户退款成功，交易自动关闭": paid, then closed by the platform once the buyer's refund succeeded.
            paid = t.get("pay_time").time();
            closedBy = ClosedBy.SYSTEM;
            closeReason = CloseReason.BUYER_REQUEST;
            closedAt = t.get("end_time").time();
        } else if ("TRADE_CLOSED_BY_TAOBAO".equals(status)) {
            // "付款以前，卖家或买家主动关闭交易": closed before payment; who closed it the trade does not say.
            closedAt = t.get("end_time").time();
        } else if ("PAID_FORBID_CONSIGN".equals(status)) {
            throw new NotConverted(t.get("status").fail("PAID_FORBID_CONSIGN (拼团中或发货强管控，已付款但禁止发货): the"
                    + " ship deadline has not started and the case format cannot say so; trade " + tid + " not converted"));
        } else if (!UNPAID.contains(status)) {
            throw t.get("status").fail("unknown trade status " + t.get("status").shown());
        }

        String shop = t.get("seller_nick").optText();
        if (shop == null) {
            shop = defaultShop;
        }
        if (shop == null) {
            throw t.get("seller_nick").fail("required: the shop of the trade (or give the shop with --shop)");
        }
        String buyer = t.get("buyer_open_uid").optText();
        if (buyer == null) {
            buyer = t.get("buyer_nick").optText();
        }
        if (buyer == null) {
            throw t.get("buyer_nick").fail("required (or buyer_open_uid): the buyer of the trade");
        }

        List<Field> subOrders = t.get("orders").list("order");
        if (subOrders.isEmpty()) {
            throw t.get("orders").fail("required: the trade's sub-orders (request the orders fields)");
        }
        List<Item> items = new ArrayList<>();
        Map<String, Item> byOid = new LinkedHashMap<>();
        for (Field o : subOrders) {
            Item item = item(o);
            items.add(item);
            String oid = o.get("oid").optText();
            if (oid != null) {
                byOid.put(oid, item);
            }
        }
        BigDecimal postFee = t.get("post_fee").money();
        BigDecimal paidAmount = goodsAmount(t, subOrders, postFee);

        boolean presale = !t.get("step_trade_status").missing();
        Instant agreedShipBy = null;
        if (presale) {
            agreedShipBy = latestShipTime(t, subOrders);
            if (agreedShipBy == null) {
                throw t.get("delivery_time").fail("required for a presale trade (step_trade_status "
                        + t.get("step_trade_status").shown() + "): the latest ship time (最晚发货时间) the presale set");
            }
        }
        Order order = new Order(tid, buyer, created, paid, null, items, postFee, paidAmount, null, agreedShipBy,
                presale, receiver(t), List.of(), closedBy, closedAt, closeReason);
        OrderDraft draft = new OrderDraft(platform, shop, shop, order);
        draft.subOrders.putAll(byOid);
        parcels(t, subOrders, draft, warn);
        return draft;
    }

    private static Item item(Field o) {
        String sku = null;
        for (String f : List.of("outer_sku_id", "sku_id", "outer_iid", "num_iid")) {
            sku = o.get(f).optText();
            if (sku != null) {
                break;
            }
        }
        if (sku == null) {
            throw o.get("sku_id").fail("required: one of outer_sku_id, sku_id, outer_iid, num_iid names the goods");
        }
        long num = o.get("num").whole();
        if (num < 1 || num > Integer.MAX_VALUE) {
            throw o.get("num").fail("a quantity is at least 1, was " + num);
        }
        return new Item(sku, o.get("title").optText(), (int) num, o.get("price").money());
    }

    /**
     * The goods' actual transaction amount, shipping excluded. A trade's {@code payment} (实付金额) includes
     * {@code post_fee}; with one sub-order its {@code payment} equals the trade's ("单子订单交易，payment与主订单的
     * payment一致"), so it includes the postage too. With several, each sub-order's {@code divide_order_fee}
     * ("分摊之后的实付金额") is its share after the trade's discounts, without postage; when some sub-order lacks
     * it, the trade's payment less post_fee is the same sum.
     */
    private static BigDecimal goodsAmount(Field t, List<Field> subOrders, BigDecimal postFee) {
        if (subOrders.size() > 1 && subOrders.stream().noneMatch(o -> o.get("divide_order_fee").missing())) {
            return subOrders.stream().map(o -> o.get("divide_order_fee").money()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        BigDecimal payment = t.get("payment").money();
        BigDecimal goods = payment.subtract(postFee);
        if (goods.signum() < 0) {
            throw t.get("payment").fail("payment " + payment + " is less than post_fee " + postFee);
        }
        return goods;
    }

    /** The presale's latest ship time: the trade's or, if only sub-orders give it, the earliest of theirs. */
    private static Instant latestShipTime(Field t, List<Field> subOrders) {
        Instant at = shipTime(t.get("delivery_time"));
        if (at != null) {
            return at;
        }
        Instant earliest = null;
        for (Field o : subOrders) {
            Instant x = shipTime(o.get("delivery_time"));
            if (x != null && (earliest == null || x.isBefore(earliest))) {
                earliest = x;
            }
        }
        return earliest;
    }

    /** "最晚发货时间": a TOP time, or a date ("日期"), which allows the whole day (until 00:00 the next day). */
    private static Instant shipTime(Field f) {
        if (f.missing()) {
            return null;
        }
        String text = f.text();
        if (text.length() == 10) {
            try {
                return Times.startOf(LocalDate.parse(text).plusDays(1));
            } catch (DateTimeParseException e) {
                throw f.fail("not a date (yyyy-MM-dd) or a time (yyyy-MM-dd HH:mm:ss): " + f.shown());
            }
        }
        return f.time();
    }

    private static Receiver receiver(Field t) {
        String name = t.get("receiver_name").optText();
        String phone = t.get("receiver_mobile").optText();
        if (phone == null) {
            phone = t.get("receiver_phone").optText();
        }
        String address = java.util.stream.Stream.of("receiver_state", "receiver_city", "receiver_district",
                        "receiver_address")
                .map(f -> t.get(f).optText()).filter(Objects::nonNull).collect(Collectors.joining());
        if (name == null && phone == null && address.isEmpty()) {
            return null;
        }
        return new Receiver(name, phone, address.isEmpty() ? null : address);
    }

    /**
     * Parcels: the sub-orders' {@code invoice_no} ("子订单所在包裹的运单号") with their {@code consign_time}
     * ("子订单发货时间", the seller's upload of the tracking number), one parcel per waybill; a partly shipped trade
     * has parcels only for the shipped sub-orders. A trade with a {@code consign_time} but no waybill on any
     * sub-order has one parcel without a tracking number. Without a trace the track is unknown.
     */
    private static void parcels(Field t, List<Field> subOrders, OrderDraft draft, Consumer<MappingException> warn) {
        Instant tradeConsign = t.get("consign_time").optTime();
        Map<String, OrderDraft.Parcel> byWaybill = new LinkedHashMap<>();
        for (Field o : subOrders) {
            String waybill = o.get("invoice_no").optText();
            if (waybill == null || byWaybill.containsKey(waybill)) {
                continue;
            }
            Instant at = o.get("consign_time").optTime();
            if (at == null) {
                at = tradeConsign;
            }
            if (at == null) {
                throw o.get("consign_time").fail("required: the sub-order has a waybill (invoice_no) but no consign_time"
                        + " on it or on the trade");
            }
            byWaybill.put(waybill, new OrderDraft.Parcel(carrier(o, t, warn), waybill, at));
        }
        draft.parcels.addAll(byWaybill.values());
        if (draft.parcels.isEmpty() && tradeConsign != null) {
            Carrier c = Carrier.OTHER;
            if ("post".equals(t.get("shipping_type").optText())) {
                c = Carrier.POSTAL;
            } else {
                warn.accept(t.get("orders").fail("the trade was shipped (consign_time) but no sub-order names its"
                        + " waybill or company: carrier OTHER, no tracking number"));
            }
            draft.parcels.add(new OrderDraft.Parcel(c, null, tradeConsign));
        }
    }

    /** shipping_type "post" is 平邮 (POSTAL) whatever the company; otherwise the company's name. */
    private static Carrier carrier(Field o, Field t, Consumer<MappingException> warn) {
        String type = o.get("shipping_type").optText();
        if (type == null) {
            type = t.get("shipping_type").optText();
        }
        if ("post".equals(type)) {
            return Carrier.POSTAL;
        }
        String company = o.get("logistics_company").optText();
        Carrier c = Carriers.topName(company);
        if (c == null) {
            warn.accept(o.get("logistics_company").fail(company == null ? "absent: carrier OTHER"
                    : "company " + o.get("logistics_company").shown() + " is not in the carrier table: carrier OTHER"));
            return Carrier.OTHER;
        }
        return c;
    }

    /** A logistics trace, ready to join its trade's parcel by tid and waybill. */
    record Trace(String tid, String waybill, Field at, String company, Instant pickedUpAt, Instant signedAt,
                 List<TrackingEvent> events) {}

    /**
     * {@code taobao.logistics.trace.search}: the first step whose action is the pickup (揽收) is the pickup scan,
     * the first signing (签收) step the signing; every carrier step is a tracking event. The trace carries no
     * province, so events have none (the logistics-timeout rule then holds a stretch to the cross-province limit).
     */
    static Trace trace(Field response, Consumer<MappingException> warn) {
        Field r = unwrap(response, "logistics_trace_search_response", "logistics_trace_get_response");
        if (!r.get("result").missing()) {
            r = r.get("result").get("transit_step_result").isObject() ? r.get("result").get("transit_step_result") : r;
        }
        String tid = r.get("tid").text();
        String waybill = r.get("out_sid").text();
        Instant pickup = null;
        Instant signed = null;
        List<TrackingEvent> events = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        List<Field> steps = r.get("trace_list").list("transit_step_info");
        for (Field s : steps) {
            Instant at = s.get("status_time").time();
            String action = Objects.toString(s.get("action").optText(), "");
            String code = action.toUpperCase(Locale.ROOT);
            actions.add(action);
            if (SELLER_ACTIONS.contains(code)) {
                continue;
            }
            if (PICKUP_ACTIONS.contains(code) || action.contains("揽收") || action.contains("揽件")) {
                pickup = pickup == null || at.isBefore(pickup) ? at : pickup;
            } else if (SIGN_ACTIONS.contains(code) || action.contains("签收")) {
                signed = signed == null || at.isBefore(signed) ? at : signed;
            }
            events.add(new TrackingEvent(at, null));
        }
        if (!steps.isEmpty() && pickup == null) {
            throw r.get("trace_list").fail("no pickup (揽收) step among the " + steps.size() + " steps (actions "
                    + actions.stream().distinct().collect(Collectors.joining(", ")) + "): the pickup scan is unknown,"
                    + " so the trace is not applied");
        }
        return new Trace(tid, waybill, r, r.get("company_name").optText(), pickup, signed, events);
    }
}
