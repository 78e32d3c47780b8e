package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/** An insertion-ordered, unmodifiable evidence map: the facts a decision rests on, in the order a reader wants them. */
@API(status = STABLE, since = "0.1")
public final class Evidence {
    private Evidence() {}

    public static Map<String, Object> copyOf(Map<String, Object> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        evidence.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "evidence key"), v));
        return Collections.unmodifiableMap(copy);
    }
}
