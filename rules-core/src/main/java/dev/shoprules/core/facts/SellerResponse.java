package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/** The seller's answer to a refund request and when it was given; {@code note} is free text (may be null). */
@API(status = STABLE, since = "0.1")
public record SellerResponse(RefundDecision decision, Instant at, String note) {
    public SellerResponse {
        Require.present(decision, "decision");
        Require.present(at, "at");
    }
}
