package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Something the shop promised about an order: a carrier code, a gift, a ship-by instant… Promises found
 * in chat text are the same fact; {@code chatId}/{@code messageIndex} then point at the message.
 */
@API(status = STABLE, since = "0.1")
public record Promise(
        String orderId,
        PromiseKind kind,
        String value,
        Instant madeAt,
        PromiseSource source,
        String chatId,
        Integer messageIndex) {

    public Promise {
        Require.text(orderId, "orderId");
        Require.present(kind, "kind");
        source = source == null ? PromiseSource.LISTING : source;
    }
}
