package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The seller's answer to a refund request and when it was given; {@code note} is free text (may be null).
 * <p>
 * {@code at} is null when the seller answered at a time the caller does not know (since contract 2): the platforms'
 * refund payloads say what the seller decided but not when (TOP's {@code modified} and PDD's {@code updated_time}
 * are the record's last change, not the answer). Unknown is not absent: such an answer is neither in time nor late,
 * and the refund-timers rule lists its deadline as not judged. The key must still be written ({@code "at": null}),
 * so that a forgotten time is an error, not an unknown one.
 */
@API(status = STABLE, since = "0.1")
public record SellerResponse(RefundDecision decision,
        @JsonProperty(required = true) @JsonInclude(JsonInclude.Include.ALWAYS) Instant at, String note) {
    public SellerResponse {
        Require.present(decision, "decision");
    }

    /** Whether the time of the answer is known. */
    public boolean timeKnown() {
        return at != null;
    }
}
