package dev.shoprules.core.facts;

import java.util.List;

/** The shop under evaluation. {@code registeredPhones} are the shop's own numbers, which agents may give out. */
public record Shop(String id, String name, List<String> registeredPhones) {
    public Shop {
        Require.text(id, "id");
        registeredPhones = Require.list(registeredPhones, "registeredPhones");
    }
}
