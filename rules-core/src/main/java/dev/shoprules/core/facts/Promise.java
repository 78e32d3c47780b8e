package dev.shoprules.core.facts;

import java.time.Instant;

/**
 * Something the shop promised about an order: a carrier code, a gift, a ship-by instant… Promises found
 * in chat text are the same fact; {@code chatId}/{@code messageIndex} then point at the message.
 */
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
