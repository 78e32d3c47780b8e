package dev.shoprules.core.facts;

import java.time.Instant;

/** The seller's answer to a refund request and when it was given; {@code note} is free text (may be null). */
public record SellerResponse(RefundDecision decision, Instant at, String note) {
    public SellerResponse {
        Require.present(decision, "decision");
        Require.present(at, "at");
    }
}
