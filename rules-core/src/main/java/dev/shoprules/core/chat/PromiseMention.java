package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.PromiseKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A promise read from one message, before it is tied to orders: a carrier code ({@code SF}), a gift, free
 * shipping, an invoice, no surcharge, or a ship-by deadline that is resolved against the message time
 * ({@code 今天发货} → 00:00 of the next day, Asia/Shanghai; {@code 24小时内发货} → message time + 24 h).
 * {@code text} is the original wording, {@code [start, end)} where it is in the message.
 */
@API(status = INTERNAL, since = "0.1")
public record PromiseMention(PromiseKind kind, String value, Integer dayOffset, Duration within, String text,
                             int start, int end) {
    public PromiseMention {
        Objects.requireNonNull(kind, "kind");
        if (kind == PromiseKind.SHIP_BY && (dayOffset == null) == (within == null)) {
            throw new IllegalArgumentException("a ship-by mention needs a day offset or a duration");
        }
    }

    /** The promise's value as the case file writes it; a ship-by deadline as an ISO instant. */
    public String valueAt(Instant madeAt) {
        if (kind != PromiseKind.SHIP_BY) {
            return value;
        }
        return Times.iso(shipBy(madeAt));
    }

    /** The deadline a ship-by mention sets for a message sent at {@code madeAt}. */
    public Instant shipBy(Instant madeAt) {
        if (within != null) {
            return madeAt.plus(within);
        }
        return Times.startOf(madeAt.atZone(Times.ZONE).toLocalDate().plusDays(dayOffset + 1L));
    }
}
