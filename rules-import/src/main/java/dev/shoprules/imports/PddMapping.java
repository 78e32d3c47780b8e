package dev.shoprules.imports;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.PaymentMethod;
import dev.shoprules.core.facts.Receiver;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pinduoduo open platform payloads to facts, as the published definitions of {@code pdd.order.information.get} and
 * {@code pdd.order.list.get} describe the fields (mapping table in the README).
 */
final class PddMapping {
    private PddMapping() {}

    /** The orders of one response: {@code order_info} (information.get) or {@code order_list[]} (list.get). */
    static List<Field> orders(Field response) {
        Field body = TopMapping.unwrap(response, "order_info_get_response", "order_list_get_response");
        if (body.get("order_info").isObject()) {
            return List.of(body.get("order_info"));
        }
        if (!body.get("order_list").missing()) {
            return body.get("order_list").list("order");
        }
        if (!body.get("total_count").missing()) {
            return List.of();
        }
        if (!body.get("order_sn").missing()) {
            return List.of(body);
        }
        throw body.fail("not a pdd.order.information.get or pdd.order.list.get response (no order_info, no order_list)");
    }

    static OrderDraft order(Field o, String shop, Consumer<MappingException> warn) {
        String sn = o.get("order_sn").text();
        if (shop == null) {
            throw o.get("order_sn").fail("a PDD order does not name its shop: give the shop with --shop");
        }
        long confirm = o.get("confirm_status").whole();
        long group = o.get("group_status").whole();
        if (confirm == 2 || group == 2) {
            throw new NotConverted(o.get(confirm == 2 ? "confirm_status" : "group_status").fail(
                    (confirm == 2 ? "cancelled (confirm_status 2 已取消)" : "group failed (group_status 2 团失败)")
                            + ": no ship deadline ever ran; order " + sn + " not converted"));
        }
        if (confirm != 1 || group != 1) {
            throw new NotConverted(o.get(group != 1 ? "group_status" : "confirm_status").fail(
                    "not yet grouped (group_status " + group + ", confirm_status " + confirm + "): PDD deadlines run from"
                            + " grouping, which the case format cannot mark as pending; order " + sn + " not converted"));
        }
        Instant created = o.get("created_time").time();
        Instant paid = o.get("pay_time").time();
        // confirm_time of a grouped order is when the group formed (成团); the ship deadline runs from it.
        Instant grouped = o.get("confirm_time").time();

        List<Item> items = new ArrayList<>();
        for (Field i : o.get("item_list").list("item")) {
            items.add(item(i));
        }
        if (items.isEmpty()) {
            throw o.get("item_list").fail("required: the order's goods");
        }
        BigDecimal postage = o.get("postage").money();
        BigDecimal services = BigDecimal.ZERO.setScale(2);
        for (Field f : o.get("service_fee_detail").list("service_fee_detail")) {
            services = services.add(f.get("service_fee").money());
        }
        // pay_amount = goods_amount − discount_amount + postage + service fees: the goods part is what remains.
        BigDecimal pay = o.get("pay_amount").money();
        BigDecimal goods = pay.subtract(postage).subtract(services);
        if (goods.signum() < 0) {
            throw o.get("pay_amount").fail("pay_amount " + pay + " is less than postage and service fees");
        }
        boolean presale = o.get("is_pre_sale").optWhole() != null && o.get("is_pre_sale").whole() == 1;
        Instant shipBy = null;
        if (presale) {
            shipBy = o.get("pre_sale_time").time();
        }
        Order order = new Order(sn, "pdd-buyer-" + sn, created, paid, grouped, items, postage, goods,
                paymentMethod(o.get("pay_type")), shipBy, presale, receiver(o), List.of(), null, null, null);
        OrderDraft draft = new OrderDraft(Platform.PDD, shop, null, order);

        long status = o.get("order_status").whole();
        if (status == 2 || status == 3) {
            long id = o.get("logistics_id").whole();
            Carrier c = Carriers.pddId(id);
            if (c == null) {
                warn.accept(o.get("logistics_id").fail("logistics id " + id + " is not in the carrier table: carrier OTHER"));
                c = Carrier.OTHER;
            }
            draft.parcels.add(new OrderDraft.Parcel(c, o.get("tracking_number").optText(), o.get("shipping_time").time()));
            List<Field> extra = o.get("extra_delivery_list").list("extra_delivery");
            for (Field x : extra) {
                warn.accept(x.fail("an extra parcel (" + x.get("tracking_number").shown() + ") has no shipping time in"
                        + " the payload: not imported"));
            }
        } else if (status != 1) {
            throw o.get("order_status").fail("unknown order status " + status + " (1 待发货, 2 已发货待签收, 3 已签收)");
        }
        return draft;
    }

    private static Item item(Field i) {
        String sku = i.get("outer_id").optText();
        if (sku == null) {
            sku = i.get("sku_id").text();
        }
        long count = i.get("goods_count").whole();
        if (count < 1 || count > Integer.MAX_VALUE) {
            throw i.get("goods_count").fail("a quantity is at least 1, was " + count);
        }
        return new Item(sku, i.get("goods_name").optText(), (int) count, i.get("goods_price").money());
    }

    /** pay_type: ALIPAY is Alipay; WEIXIN, QQ, LIANLIANPAY have no code of their own in the case format. */
    private static PaymentMethod paymentMethod(Field f) {
        String t = f.optText();
        if (t == null) {
            return null;
        }
        return "ALIPAY".equalsIgnoreCase(t) ? PaymentMethod.ALIPAY : PaymentMethod.OTHER;
    }

    private static Receiver receiver(Field o) {
        String name = o.get("receiver_name").optText();
        String phone = o.get("receiver_phone").optText();
        String address = o.get("address").optText();
        if (address == null) {
            address = Stream.of("province", "city", "town", "receiver_address").map(f -> o.get(f).optText())
                    .filter(Objects::nonNull).collect(Collectors.joining());
            address = address.isEmpty() ? null : address;
        }
        return name == null && phone == null && address == null ? null : new Receiver(name, phone, address);
    }
}
