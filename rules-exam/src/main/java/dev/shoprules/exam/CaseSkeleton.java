package dev.shoprules.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoprules.core.Platform;
import dev.shoprules.core.Times;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Completes a rendered case template into a whole case of the contract, so templates write only what their
 * question is about: {@code caseId} and {@code platform} (set by the generator), a fictitious shop and an empty
 * ledger for the year of {@code asOf}, and for each order without them a buyer {@code b-<order id>}, one item
 * priced at {@code paidAmount}, payment by Alipay and a fictitious receiver.
 */
final class CaseSkeleton {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CaseSkeleton() {}

    static ObjectNode complete(Platform platform, String caseId, JsonNode rendered, String where) {
        if (!rendered.isObject()) {
            throw new ExamException(where + ": a case is an object");
        }
        for (String owned : new String[] {"caseId", "platform"}) {
            if (rendered.has(owned)) {
                throw new ExamException(where + ": the case must not set " + owned + " (the generator does)");
            }
        }
        JsonNode asOf = rendered.get("asOf");
        if (asOf == null || !asOf.isTextual()) {
            throw new ExamException(where + ": the case needs asOf (the instant it is judged at)");
        }
        int year;
        try {
            year = Times.year(OffsetDateTime.parse(asOf.asText()).toInstant());
        } catch (DateTimeParseException e) {
            throw new ExamException(where + ": asOf is not an ISO-8601 instant with offset: " + asOf.asText(), e);
        }
        ObjectNode c = NODES.objectNode();
        c.put("caseId", caseId);
        c.put("platform", platform.code());
        c.set("asOf", asOf);
        if (!rendered.has("shop")) {
            ObjectNode shop = c.putObject("shop");
            shop.put("id", "s-exam");
            shop.put("name", "考试示例旗舰店");
            shop.putArray("registeredPhones").add("4001234567");
        }
        if (!rendered.has("ledger")) {
            ObjectNode ledger = c.putObject("ledger");
            ledger.put("year", year);
            ledger.put("generalPoints", 0);
            ledger.put("seriousPoints", 0);
        }
        rendered.properties().forEach(e -> {
            if (!c.has(e.getKey())) {
                c.set(e.getKey(), e.getKey().equals("orders") ? orders(e.getValue(), where) : e.getValue());
            }
        });
        return c;
    }

    private static JsonNode orders(JsonNode orders, String where) {
        if (!orders.isArray()) {
            return orders;
        }
        ArrayNode out = NODES.arrayNode();
        for (JsonNode o : orders) {
            if (!o.isObject()) {
                throw new ExamException(where + ": orders[] holds objects");
            }
            ObjectNode order = ((ObjectNode) o).deepCopy();
            String id = order.path("id").asText("o-1");
            if (!order.has("buyerId")) {
                order.put("buyerId", "b-" + id);
            }
            if (!order.has("items") && order.has("paidAmount")) {
                ObjectNode item = order.putArray("items").addObject();
                item.put("sku", "SKU-" + id);
                item.put("title", "商品");
                item.put("quantity", 1);
                item.set("unitPrice", order.get("paidAmount"));
            }
            if (!order.has("paymentMethod")) {
                order.put("paymentMethod", "ALIPAY");
            }
            if (!order.has("receiver")) {
                ObjectNode r = order.putObject("receiver");
                r.put("name", "张三");
                r.put("phone", "13800000000");
                r.put("address", "浙江省杭州市西湖区文三路1号");
            }
            out.add(order);
        }
        return out;
    }
}
