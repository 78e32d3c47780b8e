package dev.shoprules.imports;

/**
 * A record that is valid but that the case format cannot hold yet (a PDD order not yet grouped, a TOP trade held
 * before shipping may start): reported as a warning naming it, not converted, and not an error.
 */
final class NotConverted extends RuntimeException {
    final MappingException reason;

    NotConverted(MappingException reason) {
        super(reason.getMessage(), null, false, false);
        this.reason = reason;
    }
}
