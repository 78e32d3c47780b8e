package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.apiguardian.api.API;

@API(status = STABLE, since = "0.1")
public record Message(@JsonProperty("from") Sender from, String agentId, Instant at, String text) {
    public Message {
        Require.present(from, "from");
        Require.present(at, "at");
        Require.present(text, "text");
    }

    /** Agent and auto-reply text speaks for the shop; buyer text never violates a rule. */
    public boolean fromShop() {
        return from != Sender.BUYER;
    }
}
