package dev.shoprules.kpi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;

/**
 * A hand-made case written as the case-file JSON and read by the strict reader, so tests build exactly what a user
 * would write. Times are {@code HH:mm:ss} on 2026-11-02 (+08:00) unless given in full.
 *
 * <pre>{@code
 * TestCase.of("tmall").chat("c-1", "b-1", "B 10:00:00", "A:xiaomei 10:00:20", "R 10:00:05").order("o-1", "b-1", "10:05:00", "300.00", 1)
 * }</pre>
 * In a chat, {@code B} is the buyer, {@code A:id} an agent ({@code A} alone: an agent with no id), {@code R} an
 * auto-reply.
 */
final class TestCase {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DAY = "2026-11-02";

    private final ObjectNode c = JSON.createObjectNode();
    private int orders;

    private TestCase(String platform, String shop, String id) {
        c.put("caseId", id);
        c.put("platform", platform);
        c.put("asOf", "2026-11-03T12:00:00+08:00");
        ObjectNode s = c.putObject("shop");
        s.put("id", shop);
        s.put("name", "测试店");
        s.putArray("registeredPhones");
        ObjectNode l = c.putObject("ledger");
        l.put("year", 2026);
        l.put("generalPoints", 0);
        l.put("seriousPoints", 0);
        c.putArray("orders");
        c.putArray("chats");
    }

    static TestCase of(String platform) {
        return new TestCase(platform, "s-1", "case-1");
    }

    static TestCase of(String platform, String shop, String id) {
        return new TestCase(platform, shop, id);
    }

    static String at(String time) {
        return time.contains("T") ? time : DAY + "T" + time + "+08:00";
    }

    TestCase asOf(String time) {
        c.put("asOf", at(time));
        return this;
    }

    TestCase chat(String id, String account, String... messages) {
        ObjectNode chat = ((ArrayNode) c.get("chats")).addObject();
        chat.put("id", id);
        chat.put("account", account);
        chat.putArray("orderIds");
        ArrayNode ms = chat.putArray("messages");
        for (String m : messages) {
            String[] parts = m.split(" ", 2);
            ObjectNode msg = ms.addObject();
            String who = parts[0];
            msg.put("from", who.startsWith("A") ? "AGENT" : who.equals("B") ? "BUYER" : "AUTO_REPLY");
            if (who.startsWith("A:")) {
                msg.put("agentId", who.substring(2));
            }
            msg.put("at", at(parts[1]));
            msg.put("text", who.equals("B") ? "在吗" : "亲，在的");
        }
        return this;
    }

    /** Names an order in the last chat added (a chat about an order, maybe someone else's). */
    TestCase about(String orderId) {
        ArrayNode chats = (ArrayNode) c.get("chats");
        ((ArrayNode) chats.get(chats.size() - 1).get("orderIds")).add(orderId);
        return this;
    }

    TestCase order(String id, String buyer, String paidAt, String amount, int quantity) {
        orders++;
        ObjectNode o = ((ArrayNode) c.get("orders")).addObject();
        o.put("id", id);
        o.put("buyerId", buyer);
        o.put("createdAt", paidAt == null ? at("00:00:01") : at(paidAt));
        if (paidAt != null) {
            o.put("paidAt", at(paidAt));
        }
        ObjectNode item = o.putArray("items").addObject();
        item.put("sku", "A" + orders);
        item.put("title", "连衣裙");
        item.put("quantity", quantity);
        item.put("unitPrice", "1.00");
        o.put("shippingFee", "0.00");
        o.put("paidAmount", amount);
        o.put("paymentMethod", "ALIPAY");
        ObjectNode r = o.putObject("receiver");
        r.put("name", "张三");
        r.put("phone", "13812345678");
        r.put("address", "浙江省杭州市西湖区文三路100号");
        return this;
    }

    /** PDD: the last order added completed its group (成团) at {@code time}. */
    TestCase grouped(String time) {
        ArrayNode os = (ArrayNode) c.get("orders");
        ((ObjectNode) os.get(os.size() - 1)).put("groupedAt", at(time));
        return this;
    }

    /** A refund request of {@code kind} (REFUND_ONLY, RETURN_AND_REFUND, EXCHANGE) for an order, made at {@code time}. */
    TestCase refund(String id, String orderId, String kind, String time) {
        ArrayNode refunds = c.has("refunds") ? (ArrayNode) c.get("refunds") : c.putArray("refunds");
        ObjectNode r = refunds.addObject();
        r.put("id", id);
        r.put("orderId", orderId);
        r.put("kind", kind);
        r.put("reason", "NO_REASON");
        r.put("requestedAt", at(time));
        return this;
    }

    String json() {
        return c.toString();
    }

    CaseFacts facts() {
        return parse(json());
    }

    static CaseFacts parse(String json) {
        CaseInput in = CaseJson.parse(json, "test", 1);
        if (in instanceof CaseInput.Invalid bad) {
            throw new AssertionError(bad.describe());
        }
        return ((CaseInput.Valid) in).facts();
    }
}
