package dev.shoprules.cli;

import dev.shoprules.core.Platform;
import picocli.CommandLine;

/** {@code --platform tmall}: the codes of the case file, not the enum names. */
final class PlatformConverter implements CommandLine.ITypeConverter<Platform> {
    @Override
    public Platform convert(String value) {
        try {
            return Platform.of(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
