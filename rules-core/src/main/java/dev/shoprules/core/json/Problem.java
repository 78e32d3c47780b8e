package dev.shoprules.core.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.Serializable;
import org.apiguardian.api.API;

/** One thing wrong with a case: where (a JSON path such as {@code orders[0].paidAt}) and what. */
@API(status = STABLE, since = "0.1")
public record Problem(String path, String message) implements Serializable {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
