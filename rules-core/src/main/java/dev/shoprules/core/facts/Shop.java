package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** The shop under evaluation. {@code registeredPhones} are the shop's own numbers, which agents may give out. */
@API(status = STABLE, since = "0.1")
public record Shop(String id, String name, List<String> registeredPhones) {
    public Shop {
        Require.text(id, "id");
        registeredPhones = Require.list(registeredPhones, "registeredPhones");
    }
}
