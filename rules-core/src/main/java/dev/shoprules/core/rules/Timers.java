package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Calendar arithmetic of the trade timers every platform runs (auto-close, auto-confirm, review, return…).
 * A window is open from its start to its end inclusive, the same convention as ship deadlines (shipping exactly
 * at the deadline is in time): at {@code end} it is still open, one second later it is not.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public final class Timers {
    private Timers() {}

    /** Whether a window {@code [start, end]} is open at {@code asOf}; a null start means already started. */
    public static boolean open(Instant start, Instant end, Instant asOf) {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(asOf, "asOf");
        return (start == null || !asOf.isBefore(start)) && !asOf.isAfter(end);
    }

    /**
     * The end of a 7-day no-reason return (七天无理由退货) for goods signed for at {@code signedAt}: the count starts
     * at 00:00 Asia/Shanghai of the next day and runs {@code length} (7 × 24 h).
     */
    public static Instant noReasonReturnEnds(Instant signedAt, Duration length) {
        return Times.startOfNextDay(Objects.requireNonNull(signedAt, "signedAt")).plus(length);
    }
}
