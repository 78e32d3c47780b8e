package dev.shoprules.core.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.Platform;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A pack whose rules are described by YAML files next to their DRL: {@code <directory>/<slug>.yaml} holds a
 * rule's id, citation, figures and effective-dated versions (see {@link RuleFiles}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class YamlRulePack implements RulePack {
    private final Platform platform;
    private final String packVersion;
    private final String kieBaseName;
    private final String directory;
    private final List<Rule> rules;
    private final List<Rule> assessments;

    protected YamlRulePack(Platform platform, String packVersion, String kieBaseName, String directory,
                           String... slugs) {
        this(platform, packVersion, kieBaseName, directory, List.of(slugs), List.of());
    }

    /**
     * @param slugs       the rules, each a DRL file and {@code <slug>.yaml}
     * @param assessments the {@link #assessments()}, each only a {@code <slug>.yaml} (no DRL)
     */
    protected YamlRulePack(Platform platform, String packVersion, String kieBaseName, String directory,
                           List<String> slugs, List<String> assessments) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.packVersion = Objects.requireNonNull(packVersion, "packVersion");
        this.kieBaseName = Objects.requireNonNull(kieBaseName, "kieBaseName");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.rules = RuleFiles.load(platform, getClass().getClassLoader(), directory, slugs);
        this.assessments = RuleFiles.load(platform, getClass().getClassLoader(), directory, assessments);
        // Rules and assessments share one parameter key space (<platform>.<slug>.<name>).
        for (String slug : assessments) {
            if (slugs.contains(slug)) {
                throw new IllegalArgumentException(platform.code() + ": " + slug + " is both a rule and an assessment");
            }
        }
    }

    @Override public Platform platform() { return platform; }
    @Override public String packVersion() { return packVersion; }
    @Override public String kieBaseName() { return kieBaseName; }
    @Override public List<Rule> rules() { return rules; }
    @Override public List<Rule> assessments() { return assessments; }

    /** {@code <directory>/<slug><suffix>} from the pack's own jar, beside the rule's DRL and YAML. */
    @Override
    public Optional<URL> ruleResource(String slug, String suffix) {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(suffix, "suffix");
        return Optional.ofNullable(getClass().getClassLoader().getResource(directory + "/" + slug + suffix));
    }
}
