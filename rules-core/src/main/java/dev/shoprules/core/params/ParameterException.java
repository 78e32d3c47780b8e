package dev.shoprules.core.params;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** An unknown parameter key or a value of the wrong type; the message names the key and what was expected. */
@API(status = STABLE, since = "0.1")
public class ParameterException extends IllegalArgumentException {
    private final String key;

    public ParameterException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    private ParameterException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** The same error, its message prefixed by where the key was set (e.g. {@code params.yaml:3}). */
    public ParameterException at(String where) {
        return new ParameterException(key, where + ": " + getMessage(), this);
    }

    public String key() {
        return key;
    }
}
