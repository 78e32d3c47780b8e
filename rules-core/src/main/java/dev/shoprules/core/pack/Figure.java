package dev.shoprules.core.pack;

import static org.apiguardian.api.API.Status.STABLE;

import dev.shoprules.core.verdict.Confidence;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One figure of one rule version as it is applied: its parameter key, typed value, confidence and citation.
 * A figure the user overrode keeps the pack's default for the audit trail and is {@link Confidence#ASSUMED}.
 */
@API(status = STABLE, since = "0.1")
public record Figure(
        String key,
        String name,
        FigureType type,
        Object value,
        Confidence confidence,
        String citation,
        String description,
        Object packDefault) {

    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(citation, "citation");
    }

    public boolean overridden() {
        return packDefault != null && !packDefault.equals(value);
    }

    /** This figure set to an already-typed value; the pack default stays for the audit trail. */
    public Figure withValue(Object newValue) {
        Object original = packDefault == null ? value : packDefault;
        return new Figure(key, name, type, newValue,
                original.equals(newValue) ? confidence : Confidence.ASSUMED, citation, description, original);
    }
}
