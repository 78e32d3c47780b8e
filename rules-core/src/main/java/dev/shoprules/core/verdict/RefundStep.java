package dev.shoprules.core.verdict;

import java.time.Instant;
import java.util.Objects;

/**
 * The next deadline of a refund request still open at {@code asOf}: what must happen ({@code kind}, e.g.
 * {@code SELLER_RESPONSE}), by when (inclusive), and what the platform does if it does not.
 */
public record RefundStep(String kind, Instant due, String consequence) {
    public RefundStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(consequence, "consequence");
    }
}
