package dev.shoprules.imports;

import java.util.Objects;

/**
 * Something the importer could not map ({@link Kind#ERROR}: the record it belongs to was not converted) or mapped
 * with a caveat ({@link Kind#WARNING}: converted). Names the file, the line the record starts on and the JSON path
 * in the payload. Messages never carry personal data in clear.
 */
public record ImportProblem(Kind kind, String source, long line, String path, String message) {

    public enum Kind { ERROR, WARNING }

    public ImportProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** One line for stderr: {@code error: trades.json:12: trade.orders.order[1].price: not an amount of money}. */
    @Override
    public String toString() {
        return (kind == Kind.ERROR ? "error" : "warning") + ": " + source + ":" + line + ": " + path + ": " + message;
    }
}
