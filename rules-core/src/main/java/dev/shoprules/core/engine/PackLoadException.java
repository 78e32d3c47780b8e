package dev.shoprules.core.engine;

/** A rule pack is missing, or its KieBase does not match its rule files. Loud on purpose: never a half-loaded pack. */
public class PackLoadException extends IllegalStateException {
    public PackLoadException(String message) {
        super(message);
    }

    public PackLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
