package dev.shoprules.core.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A rule pack is missing, or its KieBase does not match its rule files. Loud on purpose: never a half-loaded pack. */
@API(status = STABLE, since = "0.1")
public class PackLoadException extends IllegalStateException {
    public PackLoadException(String message) {
        super(message);
    }

    public PackLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
