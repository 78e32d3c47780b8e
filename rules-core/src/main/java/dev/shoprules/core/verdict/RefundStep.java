package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The next deadline of a refund request still open at {@code asOf}: what must happen ({@code kind}, e.g.
 * {@code SELLER_RESPONSE}), by when (inclusive), and what the platform does if it does not.
 */
@API(status = STABLE, since = "0.1")
public record RefundStep(String kind, Instant due, String consequence) {
    public RefundStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(consequence, "consequence");
    }
}
