package dev.shoprules.core.facts;

import java.util.List;

/** A conversation held with platform account {@code account}, which may not be the buyer of the orders it names. */
public record Chat(String id, String account, List<String> orderIds, List<Message> messages) {
    public Chat {
        Require.text(id, "id");
        Require.text(account, "account");
        orderIds = Require.list(orderIds, "orderIds");
        messages = Require.list(messages, "messages");
    }
}
