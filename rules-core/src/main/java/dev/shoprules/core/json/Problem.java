package dev.shoprules.core.json;

import java.io.Serializable;

/** One thing wrong with a case: where (a JSON path such as {@code orders[0].paidAt}) and what. */
public record Problem(String path, String message) implements Serializable {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
