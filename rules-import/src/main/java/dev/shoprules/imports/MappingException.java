package dev.shoprules.imports;

/** A field of a record that cannot be mapped; the record is not converted. {@code path} is the JSON path, {@code line} the
 * line of the object that holds the field. */
final class MappingException extends RuntimeException {
    final String path;
    /** The line of the object holding the field. */
    final long line;

    MappingException(String path, long line, String message) {
        super(message, null, false, false);
        this.path = path;
        this.line = line;
    }
}
