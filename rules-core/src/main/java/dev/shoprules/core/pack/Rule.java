package dev.shoprules.core.pack;

import static org.apiguardian.api.API.Status.STABLE;

import dev.shoprules.core.Platform;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A rule of a pack as users see it ({@code shoprules rules}): id, slug, what it decides, and its
 * effective-dated versions with their figures. Versions are ordered oldest first.
 */
@API(status = STABLE, since = "0.1")
public record Rule(
        String id,
        String slug,
        Platform platform,
        String title,
        String summary,
        Severity severity,
        String citation,
        List<RuleVersion> versions) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(platform, "platform");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(id + ": a rule needs at least one version");
        }
    }

    /** The version in force at {@code instant}, if any. */
    public Optional<RuleVersion> versionAt(Instant instant) {
        return versions.stream().filter(v -> v.inForce(instant)).findFirst();
    }

    /** The newest version. */
    public RuleVersion current() {
        return versions.get(versions.size() - 1);
    }
}
