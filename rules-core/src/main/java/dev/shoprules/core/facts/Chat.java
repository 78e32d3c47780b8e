package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** A conversation held with platform account {@code account}, which may not be the buyer of the orders it names. */
@API(status = STABLE, since = "0.1")
public record Chat(String id, String account, List<String> orderIds, List<Message> messages) {
    public Chat {
        Require.text(id, "id");
        Require.text(account, "account");
        orderIds = Require.list(orderIds, "orderIds");
        messages = Require.list(messages, "messages");
    }
}
