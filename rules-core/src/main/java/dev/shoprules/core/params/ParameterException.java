package dev.shoprules.core.params;

/** An unknown parameter key or a value of the wrong type; the message names the key and what was expected. */
public class ParameterException extends IllegalArgumentException {
    private final String key;

    public ParameterException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
